// @ts-check
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parseEnv } from "node:util"

/** A setting is missing or malformed; the message is one line per problem, each saying what to do. */
export class SettingsError extends Error {
  /** @override */
  name = "SettingsError"
}

/**
 * @typedef {object} Settings
 * @property {string} root               repository root
 * @property {string} dataDir            where the embedded database, secrets, state and logs live
 * @property {number} backendPort
 * @property {number} storefrontPort
 * @property {number} embeddedPostgresPort  preferred port of the embedded database
 * @property {string} databaseName       database created on the embedded or external server
 * @property {string | undefined} databaseUrl   external PostgreSQL, when DATABASE_URL is set
 * @property {string | undefined} redisUrl
 * @property {string | undefined} meilisearchHost
 * @property {string | undefined} meilisearchApiKey
 * @property {string} adminEmail
 * @property {string} adminPassword
 */

/**
 * Reads `.env` at the repository root (the process environment wins over it), so a newcomer can
 * keep settings in one file as `.env.example` shows.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function withDotEnv(root, env) {
  const file = join(root, ".env")
  if (!existsSync(file)) {
    return env
  }
  return { ...parseEnv(readFileSync(file, "utf8")), ...env }
}

/**
 * Validates what `npm start` and `npm test` read from the environment.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} root
 * @returns {Settings}
 */
export function readSettings(env, root) {
  /** @type {string[]} */
  const problems = []
  const value = (/** @type {string} */ name) => {
    const raw = env[name]?.trim()
    return raw ? raw : undefined
  }

  const port = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const raw = value(name)
    if (raw === undefined) {
      return fallback
    }
    const parsed = Number(raw)
    if (!/^\d+$/.test(raw) || parsed < 1 || parsed > 65535) {
      problems.push(`${name}="${raw}" is not a port number: use a whole number from 1 to 65535, or unset it to use ${fallback}.`)
      return fallback
    }
    return parsed
  }

  const url = (/** @type {string} */ name, /** @type {string[]} */ protocols, /** @type {string} */ example, /** @type {string} */ ifUnset) => {
    const raw = value(name)
    if (raw === undefined) {
      return undefined
    }
    let protocol = ""
    try {
      protocol = new URL(raw).protocol
    } catch {
      // reported below, like a wrong scheme
    }
    if (!protocols.includes(protocol)) {
      problems.push(`${name}="${raw}" is not a ${protocols.join(" or ")}// URL: set it like ${example}, or unset it ${ifUnset}.`)
      return undefined
    }
    return raw
  }

  const settings = {
    root,
    dataDir: value("OCOP_DATA_DIR") ?? join(root, ".data"),
    backendPort: port("BACKEND_PORT", 9000),
    storefrontPort: port("STOREFRONT_PORT", 8000),
    embeddedPostgresPort: port("EMBEDDED_POSTGRES_PORT", 54329),
    databaseName: value("OCOP_DATABASE_NAME") ?? "ocop_market",
    databaseUrl: url("DATABASE_URL", ["postgres:", "postgresql:"], "postgres://postgres:secret@localhost:5432/ocop_market", "to use the embedded database"),
    redisUrl: url("REDIS_URL", ["redis:", "rediss:"], "redis://localhost:6379", "to use in-memory modules"),
    meilisearchHost: url("MEILISEARCH_HOST", ["http:", "https:"], "http://localhost:7700", "to search with PostgreSQL"),
    meilisearchApiKey: value("MEILISEARCH_API_KEY"),
    adminEmail: value("ADMIN_EMAIL") ?? "admin@ocop.local",
    adminPassword: value("ADMIN_PASSWORD") ?? "ocop-admin-2025",
  }

  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(settings.databaseName)) {
    problems.push(`OCOP_DATABASE_NAME="${settings.databaseName}" is not a plain PostgreSQL name: use lower-case letters, digits and underscores.`)
  }
  if (settings.backendPort === settings.storefrontPort) {
    problems.push(`BACKEND_PORT and STOREFRONT_PORT are both ${settings.backendPort}: give each app a port of its own.`)
  }
  if (settings.adminPassword.length < 8) {
    problems.push("ADMIN_PASSWORD is shorter than 8 characters: choose a longer one.")
  }
  if (problems.length) {
    throw new SettingsError(problems.join("\n"))
  }
  return settings
}

/**
 * The URL of one database on the same server as `serverUrl` (used to give tests their own database).
 * @param {string} serverUrl
 * @param {string} databaseName
 */
export function withDatabaseName(serverUrl, databaseName) {
  const url = new URL(serverUrl)
  url.pathname = `/${databaseName}`
  return url.toString()
}
