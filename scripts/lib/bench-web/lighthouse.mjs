// @ts-check
import { existsSync } from "node:fs"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

/**
 * How the bench starts Chromium: headless, and closed off from everything but this machine, so
 * no background request (updates, sync, Google's hosts) waits on a network that is not there.
 */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]

/**
 * The system Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium). Never downloads one.
 * @param {NodeJS.ProcessEnv} env
 */
export function chromiumPath(env) {
  const path = env.CHROMIUM_PATH ?? "/usr/bin/chromium"
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.`)
  }
  return path
}

/**
 * Starts Chromium for Lighthouse to drive over its debugging port.
 * @param {string} path
 */
export function launchChromium(path) {
  return chromeLauncher.launch({ chromePath: path, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" })
}

/**
 * One Lighthouse run of `url` with its default settings (mobile form factor and screen, simulated
 * slow 4G and 4× CPU slowdown), performance and accessibility only.
 * @param {string} url
 * @param {number} port   Chromium's debugging port
 * @returns {Promise<import("lighthouse").Result>}
 */
export async function auditPage(url, port) {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  return lhr
}
