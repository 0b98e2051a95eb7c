// @ts-check
import { join } from "node:path"
import { binaries } from "./binaries.mjs"
import { withBuildLock } from "./build-lock.mjs"
import { ensureDatabase, readPublishableKey } from "./database.mjs"
import { startEmbeddedPostgres } from "./embedded-db.mjs"
import { fingerprint, stateFile } from "./fingerprint.mjs"
import { isPortFree } from "./ports.mjs"
import { runToEnd, startChild, stopChild, waitForHttp } from "./processes.mjs"
import { acquireRunLock } from "./run-lock.mjs"
import { loadSecrets } from "./secrets.mjs"
import { checkMeilisearch, pingRedis } from "./services.mjs"
import { withDatabaseName } from "./settings.mjs"

/** The seed's title for the storefront's key (backend/src/scripts/seed/shop.ts). */
const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"

/** What migrations and the seed are made of: when none of it changed, a warm start skips both. */
const PREPARE_INPUTS = [
  "package-lock.json",
  "backend/medusa-config.ts",
  "backend/src/env.ts",
  "backend/src/config",
  "backend/src/modules",
  "backend/src/links",
  "backend/src/search",
  "backend/src/lib/product-search",
  "backend/src/workflows",
  "backend/src/scripts",
  "packages/domain/src",
]

/**
 * @typedef {import("./settings.mjs").Settings} Settings
 * @typedef {import("./processes.mjs").Child} Child
 * @typedef {{ storefrontUrl: string, adminUrl: string, backendUrl: string, stop: (code: number) => Promise<never>, children: Child[] }} RunningShop
 */

/**
 * Starts the whole shop: database (embedded unless DATABASE_URL is set), migrations and seed,
 * production builds (or dev servers), backend and storefront. Resolves once both answer.
 * @param {{ settings: Settings, dev: boolean, verbose: boolean, say: (line: string) => void }} options
 * @returns {Promise<RunningShop>}
 */
export async function startShop({ settings, dev, verbose, say }) {
  const { root, dataDir } = settings
  const logs = join(dataDir, "logs")
  const bin = binaries(root)
  const lock = acquireRunLock(join(dataDir, "run", "start.lock"), root)
  /** @type {Child[]} */
  const children = []
  /** @type {import("./embedded-db.mjs").EmbeddedDatabase | undefined} */
  let embedded
  /** @type {Promise<void> | undefined} */
  let stopping

  // Ctrl-C reaches npm and this script alike: every later call waits for the first shutdown.
  const stop = async (/** @type {number} */ code) => {
    stopping ??= (async () => {
      await Promise.all(children.map((child) => stopChild(child)))
      await embedded?.stop()
      lock.release()
    })()
    await stopping
    process.exit(code)
  }
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.on(signal, () => {
      if (!stopping) {
        say("\nStopping OCOP Market…")
      }
      void stop(0)
    })
  }
  const track = (/** @type {Child} */ child) => {
    children.push(child)
    if (child.process.pid) {
      lock.recordChild(child.process.pid)
    }
  }

  try {
    if (lock.recovered) {
      say("• An earlier run did not stop cleanly; what it left running was stopped.")
    }
    for (const [name, port] of /** @type {const} */ ([["BACKEND_PORT", settings.backendPort], ["STOREFRONT_PORT", settings.storefrontPort]])) {
      if (!(await isPortFree(port))) {
        throw new Error(`Port ${port} is already in use: stop what uses it, or choose another with ${name}=<port>.`)
      }
    }
    if (settings.redisUrl) {
      await pingRedis(settings.redisUrl)
    }
    if (settings.meilisearchHost) {
      await checkMeilisearch(settings.meilisearchHost)
    }

    let databaseUrl
    if (settings.databaseUrl) {
      databaseUrl = process.env.OCOP_DATABASE_NAME
        ? withDatabaseName(settings.databaseUrl, settings.databaseName)
        : settings.databaseUrl
    } else {
      embedded = await startEmbeddedPostgres({
        dataDir: join(dataDir, "postgres"),
        preferredPort: settings.embeddedPostgresPort,
        logFile: join(logs, "postgres.log"),
      })
      databaseUrl = embedded.urlFor(settings.databaseName)
      say(`✓ Embedded PostgreSQL on port ${embedded.port} (data in ${join(dataDir, "postgres")})`)
    }
    const created = await ensureDatabase(databaseUrl)

    const backendUrl = `http://localhost:${settings.backendPort}`
    const storefrontOrigin = `http://localhost:${settings.storefrontPort}`
    const baseEnv = {
      ...process.env,
      MEDUSA_DISABLE_TELEMETRY: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      TURBO_TELEMETRY_DISABLED: "1",
    }
    const backendEnv = {
      ...baseEnv,
      ...loadSecrets(join(dataDir, "secrets.json"), process.env),
      NODE_ENV: dev ? "development" : "production",
      PORT: String(settings.backendPort),
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      STORE_CORS: storefrontOrigin,
      ADMIN_CORS: backendUrl,
      AUTH_CORS: `${storefrontOrigin},${backendUrl}`,
      ADMIN_EMAIL: settings.adminEmail,
      ADMIN_PASSWORD: settings.adminPassword,
      STOREFRONT_URL: process.env.STOREFRONT_URL || storefrontOrigin,
      NOTIFICATION_OUTBOX_DIR: join(dataDir, "outbox"),
      // product changes expire the storefront's cached pages at once
      STOREFRONT_REVALIDATE_URL: `${storefrontOrigin}/api/revalidate`,
    }
    const run = (/** @type {string} */ name, /** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {NodeJS.ProcessEnv} */ env) =>
      runToEnd({ name, command: process.execPath, args, cwd, env, logFile: join(logs, `${name}.log`), echo: verbose }, track)

    let started = Date.now()
    await withBuildLock(join(root, ".turbo", "ocop-build.lock"), say, () =>
      run("build-packages", [bin.turbo, "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], root, baseEnv)
    )

    const state = stateFile(join(dataDir, "state.json"))
    const stateKey = `prepared ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`
    const inputs = fingerprint(root, PREPARE_INPUTS)
    const prepare = async () => {
      if (!created && state.get(stateKey) === inputs) {
        return "unchanged since last time"
      }
      const backend = join(root, "backend")
      // Development mode here: migrations and seed run from the TypeScript sources.
      const env = { ...backendEnv, NODE_ENV: "development" }
      await run("migrate", [bin.medusa, "db:migrate"], backend, env)
      await run("seed", [bin.medusa, "exec", "./src/scripts/seed.ts"], backend, env)
      state.set(stateKey, inputs)
      return created ? "new database" : "code changed"
    }
    const build = async () => {
      if (!dev) {
        await withBuildLock(join(root, ".turbo", "ocop-build.lock"), say, () =>
          run("build", [bin.turbo, "run", "build", "--filter=@ocop/backend", "--filter=@ocop/storefront", "--output-logs=errors-only"], root, baseEnv)
        )
      }
    }
    // Building is CPU work and preparing is database work: doing both at once saves a minute.
    await Promise.all([
      prepare().then((why) => say(`✓ Database ${settings.databaseName} migrated and seeded (${why}, ${seconds(started)})`)),
      build().then(() => !dev && say(`✓ Backend and storefront built for production (${seconds(started)})`)),
    ])

    started = Date.now()
    const publishableKey = await readPublishableKey(databaseUrl, PUBLISHABLE_KEY_TITLE)
    const storefrontEnv = {
      ...baseEnv,
      NODE_ENV: dev ? "development" : "production",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_REVALIDATE_SECRET: backendEnv.STOREFRONT_REVALIDATE_SECRET,
    }
    /** @type {Child[]} */
    const apps = []
    const spawnApp = (/** @type {string} */ name, /** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {NodeJS.ProcessEnv} */ env) => {
      const child = startChild({ name, command: process.execPath, args, cwd, env, logFile: join(logs, `${name}.log`), echo: verbose })
      track(child)
      apps.push(child)
      return child
    }
    if (dev) {
      for (const pkg of ["domain", "types"]) {
        spawnApp(`watch-${pkg}`, [bin.tsc, "-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"], join(root, "packages", pkg), baseEnv)
      }
    }
    const backend = dev
      ? spawnApp("backend", [bin.medusa, "develop"], join(root, "backend"), backendEnv)
      : spawnApp("backend", [bin.medusa, "start"], join(root, "backend", ".medusa", "server"), backendEnv)
    await waitForHttp(`${backendUrl}/health`, backend, 180_000)
    // Only now: the storefront answers at once, and would greet the first shoppers (and a test
    // runner waiting for it) with "shop unavailable" while the backend is still booting.
    const storefront = spawnApp(
      "storefront",
      [bin.next, dev ? "dev" : "start", "-p", String(settings.storefrontPort)],
      join(root, "storefront"),
      storefrontEnv
    )
    await waitForHttp(`${storefrontOrigin}/vi`, storefront, 180_000)
    say(`✓ Backend and storefront answering (${seconds(started)})`)

    for (const child of apps) {
      child.exited.then((code) => {
        if (!stopping) {
          say(`✖ ${child.name} stopped unexpectedly (${code === null ? `killed by ${child.process.signalCode}` : `exit ${code}`}); see ${child.logFile}. Stopping everything.`)
          void stop(1)
        }
      })
    }
    return { storefrontUrl: `${storefrontOrigin}/vi`, adminUrl: `${backendUrl}/app`, backendUrl, stop, children }
  } catch (error) {
    say(`✖ ${/** @type {Error} */ (error).message}`)
    return stop(1)
  }
}

/** @param {number} since */
function seconds(since) {
  return `${Math.round((Date.now() - since) / 100) / 10} s`
}
