#!/usr/bin/env node
// @ts-check
// `npm test`: every suite — type checks, unit (vitest), backend integration (jest with Medusa's
// runner, on a fresh database) and end-to-end (Playwright driving the system Chromium against the
// shop started by scripts/start.mjs). Ends with one line: `N passed, N failed`.
// `npm test -- unit integration e2e typecheck` runs only the named suites.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDependencies } from "./lib/install.mjs"
import { readSettings, withDotEnv } from "./lib/settings.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`)
const SUITES = ["typecheck", "unit", "integration", "e2e"]
const asked = process.argv.slice(2).filter((arg) => SUITES.includes(arg))
const wanted = new Set(asked.length ? asked : SUITES)

try {
  ensureDependencies(root, say)
  Object.assign(process.env, withDotEnv(root, process.env))
  const settings = readSettings(process.env, root)
  const { runSuites } = await import("./lib/suites.mjs")
  const results = await runSuites({ root, settings, wanted, say })
  const { summarize } = await import("./lib/test-results.mjs")
  say("")
  say(summarize(results))
  process.exit(results.some((result) => result.failed > 0) ? 1 : 0)
} catch (error) {
  say(`✖ ${/** @type {Error} */ (error).message}`)
  say("0 passed, 1 failed")
  process.exit(1)
}
