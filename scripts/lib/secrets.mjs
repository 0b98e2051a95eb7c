// @ts-check
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

/**
 * The JWT and cookie secrets of this installation: from the environment when set, otherwise
 * generated once into the (git-ignored) data folder and reused, so sessions survive a restart.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ JWT_SECRET: string, COOKIE_SECRET: string }}
 */
export function loadSecrets(file, env) {
  /** @type {{ JWT_SECRET?: string, COOKIE_SECRET?: string }} */
  let stored = {}
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8"))
  }
  const secrets = {
    JWT_SECRET: env.JWT_SECRET || stored.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET: env.COOKIE_SECRET || stored.COOKIE_SECRET || randomBytes(32).toString("hex"),
  }
  if (!stored.JWT_SECRET || !stored.COOKIE_SECRET) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify({ ...secrets, ...stored }), { mode: 0o600 })
  }
  return secrets
}
