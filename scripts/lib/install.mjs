// @ts-check
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/**
 * Runs `npm install` when node_modules is missing or was installed from another package-lock.json.
 * Uses only Node's own modules, since it runs before anything else is installed.
 * @param {string} root
 * @param {(message: string) => void} say
 */
export function ensureDependencies(root, say) {
  const lock = join(root, "package-lock.json")
  const marker = join(root, "node_modules", ".ocop-installed")
  const wanted = createHash("sha256").update(readFileSync(lock)).digest("hex")
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) {
    return false
  }
  say("Installing dependencies (npm install; the first time takes a few minutes)…")
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" },
  })
  if (result.status !== 0) {
    throw new Error("npm install failed (see above): fix what it says, then run again.")
  }
  writeFileSync(marker, wanted)
  return true
}
