// @ts-check
import { join } from "node:path"
import pg from "pg"
import { binaries } from "../binaries.mjs"
import { withBuildLock } from "../build-lock.mjs"
import { ensureDatabase, readPublishableKey } from "../database.mjs"
import { startEmbeddedPostgres } from "../embedded-db.mjs"
import { fingerprint, stateFile } from "../fingerprint.mjs"
import { isPortFree } from "../ports.mjs"
import { runToEnd, startChild, stopChild, waitForHttp } from "../processes.mjs"
import { acquireRunLock } from "../run-lock.mjs"
import { loadSecrets } from "../secrets.mjs"

/** The seed's title for the storefront's key (backend/src/scripts/seed/shop.ts). */
const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"

/** What migrations and the seed are made of, as in shop.mjs: unchanged, a warm start skips both. */
const PREPARE_INPUTS = ["package-lock.json", "backend/medusa-config.ts", "backend/src/modules", "backend/src/links", "backend/src/scripts", "packages/domain/src"]

/**
 * @typedef {object} BenchBackend
 * @property {string} backendUrl
 * @property {string} databaseUrl
 * @property {string} publishableKey
 * @property {string} logFile             the backend's log
 * @property {() => Promise<void>} stop   stops the backend and the embedded database
 */

/**
 * The bench's own settings: its own data folder, ports and database, never the shop's. Every
 * value can be changed with a `BENCH_` variable; DATABASE_URL, REDIS_URL and MEILISEARCH_HOST
 * are ignored so the Postgres search provider on the embedded server is what gets measured.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 */
export function benchSettings(root, env) {
  return {
    root,
    dataDir: env.BENCH_DATA_DIR ?? join(root, ".data", "bench"),
    backendPort: Number(env.BENCH_BACKEND_PORT ?? 9400),
    embeddedPostgresPort: Number(env.BENCH_POSTGRES_PORT ?? 54389),
    databaseName: "ocop_bench",
    /** migrated and seeded once; every run starts from a fresh copy of it */
    templateDatabaseName: "ocop_bench_seed",
    adminEmail: "admin@ocop.local",
    adminPassword: "ocop-admin-2025",
  }
}

/**
 * Starts what `/store/search` needs and nothing else: the embedded database, migrations and the
 * demo seed into a template database (skipped when nothing changed), a fresh copy of it for this
 * run, the production build of the backend, and `medusa start` on the copy.
 * The storefront is not started: the bench talks HTTP to the backend only.
 * With `reuse`, the database of the last run is kept (only migrated), with its catalogue.
 * @param {{ settings: ReturnType<typeof benchSettings>, say: (line: string) => void, reuse?: boolean }} options
 * @returns {Promise<BenchBackend>}
 */
export async function startBenchBackend({ settings, say, reuse = false }) {
  const { root, dataDir } = settings
  const logs = join(dataDir, "logs")
  const bin = binaries(root)
  const lock = acquireRunLock(join(dataDir, "run", "bench.lock"), root)
  /** @type {import("../processes.mjs").Child[]} */
  const children = []
  /** @type {import("../embedded-db.mjs").EmbeddedDatabase | undefined} */
  let embedded
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)))
    await embedded?.stop()
    lock.release()
  }
  const track = (/** @type {import("../processes.mjs").Child} */ child) => {
    children.push(child)
    if (child.process.pid) lock.recordChild(child.process.pid)
  }

  try {
    if (!(await isPortFree(settings.backendPort))) {
      throw new Error(`Port ${settings.backendPort} is already in use: stop what uses it, or choose another with BENCH_BACKEND_PORT=<port>.`)
    }
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), preferredPort: settings.embeddedPostgresPort, logFile: join(logs, "postgres.log") })
    const databaseUrl = embedded.urlFor(settings.databaseName)
    const templateUrl = embedded.urlFor(settings.templateDatabaseName)
    say(`✓ Embedded PostgreSQL on port ${embedded.port} (data in ${join(dataDir, "postgres")})`)
    const created = await ensureDatabase(templateUrl)

    const backendUrl = `http://localhost:${settings.backendPort}`
    const env = { ...process.env }
    for (const name of ["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "OCOP_DATABASE_NAME"]) delete env[name]
    const secrets = loadSecrets(join(dataDir, "secrets.json"), {})
    const backendEnv = {
      ...env,
      // no storefront runs here, so no revalidation secret either
      JWT_SECRET: secrets.JWT_SECRET,
      COOKIE_SECRET: secrets.COOKIE_SECRET,
      MEDUSA_DISABLE_TELEMETRY: "true",
      TURBO_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(settings.backendPort),
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      STORE_CORS: backendUrl,
      ADMIN_CORS: backendUrl,
      AUTH_CORS: backendUrl,
      ADMIN_EMAIL: settings.adminEmail,
      ADMIN_PASSWORD: settings.adminPassword,
    }
    const run = (/** @type {string} */ name, /** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {NodeJS.ProcessEnv} */ runEnv) =>
      runToEnd({ name, command: process.execPath, args, cwd, env: runEnv, logFile: join(logs, `${name}.log`) }, track)

    const started = Date.now()
    const turboEnv = { ...env, TURBO_TELEMETRY_DISABLED: "1" }
    // Migrations and the seed load @ocop/domain and @ocop/types from their builds: those first.
    await withBuildLock(join(root, ".turbo", "ocop-build.lock"), say, () =>
      run("build-packages", [bin.turbo, "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], root, turboEnv)
    )
    const state = stateFile(join(dataDir, "state.json"))
    const inputs = fingerprint(root, PREPARE_INPUTS)
    const prepare = async () => {
      if (!created && state.get("prepared") === inputs) return "unchanged since last time"
      const devEnv = { ...backendEnv, NODE_ENV: "development", DATABASE_URL: templateUrl }
      await run("migrate", [bin.medusa, "db:migrate"], join(root, "backend"), devEnv)
      await run("seed", [bin.medusa, "exec", "./src/scripts/seed.ts"], join(root, "backend"), devEnv)
      state.set("prepared", inputs)
      return created ? "new database" : "code changed"
    }
    // The same build `npm start` makes (and turbo caches): packages first, then the backend.
    const build = () =>
      withBuildLock(join(root, ".turbo", "ocop-build.lock"), say, () =>
        run("build", [bin.turbo, "run", "build", "--filter=@ocop/backend", "--output-logs=errors-only"], root, turboEnv)
      )
    await Promise.all([
      prepare().then((why) => say(`✓ Database ${settings.templateDatabaseName} migrated and seeded (${why}, ${seconds(started)})`)),
      build().then(() => say(`✓ Backend built for production (${seconds(started)})`)),
    ])

    if (reuse && !(await ensureDatabase(databaseUrl))) {
      // the kept database may predate the code's migrations (the template has them already)
      await run("migrate-reused", [bin.medusa, "db:migrate"], join(root, "backend"), { ...backendEnv, NODE_ENV: "development" })
      say(`✓ Database ${settings.databaseName} of the last run kept and migrated (${seconds(started)})`)
    } else {
      await copyDatabase(embedded.urlFor("postgres"), settings.templateDatabaseName, settings.databaseName)
    }
    const backend = startChild({
      name: "backend",
      command: process.execPath,
      args: [bin.medusa, "start"],
      cwd: join(root, "backend", ".medusa", "server"),
      env: backendEnv,
      logFile: join(logs, "backend.log"),
    })
    track(backend)
    await waitForHttp(`${backendUrl}/health`, backend, 180_000)
    say(`✓ Backend answering on ${backendUrl} (${seconds(started)})`)
    const publishableKey = await readPublishableKey(databaseUrl, PUBLISHABLE_KEY_TITLE)
    return { backendUrl, databaseUrl, publishableKey, logFile: backend.logFile, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Replaces database `copy` with a fresh copy of `template` (a file copy: a second or two).
 * @param {string} serverUrl   any database on the server, to connect through
 * @param {string} template
 * @param {string} copy
 */
async function copyDatabase(serverUrl, template, copy) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${copy}" with (force)`)
    await client.query(`create database "${copy}" template "${template}"`)
  } finally {
    await client.end()
  }
}

/** @param {number} since */
function seconds(since) {
  return `${Math.round((Date.now() - since) / 100) / 10} s`
}
