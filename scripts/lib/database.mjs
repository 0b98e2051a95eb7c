// @ts-check
import pg from "pg"
import { UnreachableError } from "./services.mjs"

/**
 * Connects to the server of `databaseUrl` and creates the database if it does not exist yet.
 * Returns true when it was created.
 * @param {string} databaseUrl
 */
export async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  const maintenance = new URL(databaseUrl)
  maintenance.pathname = "/postgres"
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new UnreachableError(
      `DATABASE_URL points to ${url.host}, which cannot be reached (${/** @type {Error} */ (error).message}): start PostgreSQL there, fix the URL, or unset DATABASE_URL to use the embedded database.`
    )
  }
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (rowCount) {
      return false
    }
    await client.query(`create database "${name.replaceAll('"', '""')}"`)
    return true
  } finally {
    await client.end()
  }
}

/**
 * The token of the storefront's publishable API key, which the seed created.
 * @param {string} databaseUrl
 * @param {string} title
 */
export async function readPublishableKey(databaseUrl, title) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
      [title]
    )
    const token = rows[0]?.token
    if (typeof token !== "string") {
      throw new Error(`The seed did not create the publishable key "${title}"; run the seed again (npm start does).`)
    }
    return token
  } finally {
    await client.end()
  }
}
