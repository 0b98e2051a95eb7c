#!/usr/bin/env node
// @ts-check
// `npm start` (production builds) and `npm run dev` (hot reload): the whole shop in one command.
// Only Node's own modules are imported statically: this runs before dependencies are installed.
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDependencies } from "./lib/install.mjs"
import { readSettings, withDotEnv } from "./lib/settings.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const args = new Set(process.argv.slice(2))
const dev = args.has("--dev")
const verbose = args.has("--verbose") || dev
const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`)

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number)
if (major < 20 || (major === 20 && minor < 9)) {
  say(`✖ OCOP Market needs Node.js 20.9 or newer; this is ${process.versions.node}. Install a current Node.js LTS and run again.`)
  process.exit(1)
}

const began = Date.now()
say(`OCOP Market: starting the shop (${dev ? "development, hot reload" : "production mode"})`)
try {
  if (ensureDependencies(root, say)) {
    say("✓ Dependencies installed")
  }
  // Settings in .env apply to every process started from here; the real environment wins.
  Object.assign(process.env, withDotEnv(root, process.env))
  const settings = readSettings(process.env, root)
  const { startShop } = await import("./lib/shop.mjs")

  const shop = await startShop({ settings, dev, verbose, say })
  say("")
  say(`  Storefront   ${shop.storefrontUrl}   (English: ${shop.storefrontUrl.replace(/\/vi$/, "/en")})`)
  say(`  Admin        ${shop.adminUrl}`)
  say(`  Admin login  ${settings.adminEmail} / ${settings.adminPassword}`)
  say(`  Emails       ${relative(process.cwd(), join(settings.dataDir, "outbox")) || "."}/   (messages are written here, not mailed)`)
  say(`  Logs         ${relative(process.cwd(), join(settings.dataDir, "logs")) || "."}/`)
  say("")
  say(`Ready in ${Math.round((Date.now() - began) / 1000)} s. Press Ctrl-C to stop.`)
} catch (error) {
  say(`✖ ${/** @type {Error} */ (error).message}`)
  process.exit(1)
}
