// @ts-check
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { userInfo } from "node:os"

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH, or a system Chromium, installed from
 * Debian's packages when missing and allowed (root with apt-get). Playwright never downloads one.
 * @param {(line: string) => void} say
 */
export function ensureChromium(say) {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH=${configured} does not exist: point it at a Chromium or Chrome binary.`)
    }
    return configured
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) {
    return found
  }
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0
  if (!hasApt || userInfo().uid !== 0) {
    throw new Error("Chromium is not installed: install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.")
  }
  say("Installing Chromium from Debian's packages (apt-get install chromium)…")
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(" ")} failed: install Chromium yourself, or set CHROMIUM_PATH.`)
    }
  }
  const installed = CANDIDATES.find((path) => existsSync(path))
  if (!installed) {
    throw new Error("apt-get installed chromium but no binary was found: set CHROMIUM_PATH.")
  }
  return installed
}
