#!/usr/bin/env node
// npm run reindex: rebuilds the product search index of the shop running on BACKEND_PORT.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { readSettings, SettingsError, withDotEnv } from "./lib/settings.mjs"
import { AdminApiError } from "./lib/admin-api.mjs"
import { reindexProducts } from "./lib/reindex.mjs"

try {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..")
  const settings = readSettings(withDotEnv(root, process.env), root)
  const backendUrl = `http://localhost:${settings.backendPort}`
  process.stdout.write(`Rebuilding the product search index at ${backendUrl}…\n`)
  const { documents, seconds } = await reindexProducts({ backendUrl, adminEmail: settings.adminEmail, adminPassword: settings.adminPassword })
  process.stdout.write(`Product search index rebuilt: ${documents} products in ${seconds.toFixed(1)} s.\n`)
} catch (error) {
  if (error instanceof SettingsError || error instanceof AdminApiError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  throw error
}
