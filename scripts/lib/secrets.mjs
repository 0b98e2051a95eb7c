// @ts-check
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

const NAMES = /** @type {const} */ (["JWT_SECRET", "COOKIE_SECRET", "STOREFRONT_REVALIDATE_SECRET"])

/**
 * The secrets of this installation (the backend's JWT and cookie secrets, and the one the backend
 * and the storefront share for cache revalidation): from the environment when set, otherwise
 * generated once into the (git-ignored) data folder and reused, so sessions survive a restart.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ JWT_SECRET: string, COOKIE_SECRET: string, STOREFRONT_REVALIDATE_SECRET: string }}
 */
export function loadSecrets(file, env) {
  /** @type {Partial<Record<(typeof NAMES)[number], string>>} */
  let stored = {}
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8"))
  }
  const secret = (/** @type {(typeof NAMES)[number]} */ name) => env[name] || stored[name] || randomBytes(32).toString("hex")
  const secrets = {
    JWT_SECRET: secret("JWT_SECRET"),
    COOKIE_SECRET: secret("COOKIE_SECRET"),
    STOREFRONT_REVALIDATE_SECRET: secret("STOREFRONT_REVALIDATE_SECRET"),
  }
  if (NAMES.some((name) => !stored[name])) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify({ ...secrets, ...stored }), { mode: 0o600 })
  }
  return secrets
}
