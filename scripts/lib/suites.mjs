// @ts-check
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { binaries } from "./binaries.mjs"
import { ensureChromium } from "./chromium.mjs"
import { startEmbeddedPostgres } from "./embedded-db.mjs"
import { runToEnd } from "./processes.mjs"
import { readJestLikeReport, readPlaywrightReport } from "./test-results.mjs"

/**
 * @typedef {import("./test-results.mjs").SuiteResult} SuiteResult
 * @typedef {import("./settings.mjs").Settings} Settings
 */

const WORKSPACES = ["packages/domain", "packages/types", "backend", "backend/src/admin", "storefront", "scripts", "tests"]

/**
 * Runs the wanted suites in order, each to the end even when an earlier one failed, and returns
 * their counts. A runner that crashes before writing its report counts as one failure.
 * @param {{ root: string, settings: Settings, wanted: Set<string>, say: (line: string) => void }} options
 * @returns {Promise<SuiteResult[]>}
 */
export async function runSuites({ root, settings, wanted, say }) {
  const bin = binaries(root)
  const reports = join(settings.dataDir, "test-results")
  const logs = join(settings.dataDir, "logs", "test")
  rmSync(reports, { recursive: true, force: true })
  mkdirSync(reports, { recursive: true })
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" }
  /** @type {SuiteResult[]} */
  const results = []
  /** @type {Array<() => Promise<void>>} */
  const cleanups = []
  const onSignal = async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()))
    process.exit(130)
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)

  /** Runs one program with its output on this terminal; true when it exited 0. */
  const step = async (/** @type {string} */ name, /** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {NodeJS.ProcessEnv} */ stepEnv) => {
    try {
      await runToEnd({ name, command: process.execPath, args, cwd, env: stepEnv, logFile: join(logs, `${name}.log`), echo: true })
      return true
    } catch {
      return false
    }
  }
  /** @param {string} suite @param {SuiteResult | undefined} report @param {boolean} ok */
  const record = (suite, report, ok) => {
    const result = report ?? { suite, passed: 0, failed: 1, skipped: 0, note: "the runner stopped before reporting" }
    if (!ok && result.failed === 0) {
      result.failed = 1
      result.note = "the runner failed outside any test"
    }
    results.push(result)
  }

  say("▶ Building the shared packages")
  if (!(await step("build-packages", [bin.turbo, "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], root, env))) {
    throw new Error(`The shared packages do not build; see ${join(logs, "build-packages.log")}.`)
  }

  if (wanted.has("typecheck")) {
    say("▶ Type checks")
    let passed = 0
    let failed = 0
    for (const workspace of WORKSPACES) {
      const ok = await step(`typecheck-${workspace.replaceAll("/", "-")}`, [bin.tsc, "--noEmit", "-p", "tsconfig.json"], join(root, workspace), env)
      ok ? passed++ : failed++
    }
    results.push({ suite: "typecheck", passed, failed, skipped: 0 })
  }

  if (wanted.has("unit")) {
    say("▶ Unit tests (vitest)")
    const file = join(reports, "unit.json")
    const ok = await step("unit", [bin.vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], root, env)
    record("unit", readJestLikeReport("unit", file), ok)
  }

  if (wanted.has("integration")) {
    say("▶ Backend integration tests: HTTP and modules (jest, Medusa's test runners)")
    const database = await integrationDatabase(settings, cleanups, say)
    const file = join(reports, "integration.json")
    const ok = await step(
      "integration",
      [bin.jest, "--runInBand", "--forceExit", "--json", `--outputFile=${file}`],
      join(root, "backend"),
      { ...env, ...database.env, NODE_OPTIONS: "--experimental-vm-modules" }
    )
    await database.stop()
    record("integration", readJestLikeReport("integration", file), ok)
  }

  if (wanted.has("e2e")) {
    say("▶ End-to-end tests (Playwright, system Chromium)")
    const chromium = ensureChromium(say)
    const file = join(reports, "e2e.json")
    const ok = await step(
      "e2e",
      [bin.playwright, "test", "--config", join(root, "storefront", "playwright.config.ts")],
      join(root, "storefront"),
      { ...env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: file }
    )
    record("e2e", readPlaywrightReport("e2e", file), ok)
  }
  return results
}

/**
 * The PostgreSQL server Medusa's integration runner creates its throw-away databases on:
 * DATABASE_URL's server when set, otherwise an embedded one (durability off: nothing is kept).
 * @param {Settings} settings
 * @param {Array<() => Promise<void>>} cleanups
 * @param {(line: string) => void} say
 * @returns {Promise<{ env: Record<string, string>, stop: () => Promise<void> }>}
 */
async function integrationDatabase(settings, cleanups, say) {
  if (settings.databaseUrl) {
    const url = new URL(settings.databaseUrl)
    // Medusa's runner turns SSL on unless the host is literally "localhost".
    const host = ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname) ? "localhost" : url.hostname
    say(`  using the PostgreSQL server of DATABASE_URL (${host}:${url.port || 5432}); each suite gets a fresh database`)
    return {
      env: { DB_HOST: host, DB_PORT: url.port || "5432", DB_USERNAME: decodeURIComponent(url.username), DB_PASSWORD: decodeURIComponent(url.password) },
      stop: async () => {},
    }
  }
  const database = await startEmbeddedPostgres({
    dataDir: join(settings.dataDir, "test-postgres"),
    preferredPort: settings.embeddedPostgresPort + 10,
    logFile: join(settings.dataDir, "logs", "test", "postgres.log"),
    fast: true,
  })
  cleanups.push(database.stop)
  say(`  using an embedded PostgreSQL on port ${database.port}; each suite gets a fresh database`)
  return {
    env: { DB_HOST: "localhost", DB_PORT: String(database.port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" },
    stop: database.stop,
  }
}
