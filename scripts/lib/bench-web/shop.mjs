// @ts-check
import { join } from "node:path"
import { isPortFree } from "../ports.mjs"
import { startChild, stopChild, waitForHttp } from "../processes.mjs"

/**
 * The bench's own shop: ports, data folder, embedded database port and database name of its own,
 * so it runs beside `npm start`, the end-to-end tests and the search bench.
 * @param {string} root
 */
export function benchWebSettings(root) {
  return {
    root,
    backendPort: 9180,
    storefrontPort: 8180,
    dataDir: join(root, ".data", "bench-web"),
    embeddedPostgresPort: 54399,
    databaseName: "ocop_bench_web",
  }
}

/**
 * @typedef {object} BenchShop
 * @property {string} storefrontOrigin
 * @property {string} logFile              what scripts/start.mjs printed
 * @property {() => Promise<void>} stop     SIGTERM to start.mjs, which stops the apps and the database in order
 */

/**
 * Starts the shop as the end-to-end tests do (storefront/playwright.config.ts): scripts/start.mjs
 * with production builds, on the bench's ports and data, and waits until the storefront answers.
 * @param {{ settings: ReturnType<typeof benchWebSettings>, say: (line: string) => void, timeoutMs?: number }} options
 * @returns {Promise<BenchShop>}
 */
export async function startBenchShop({ settings, say, timeoutMs = 30 * 60_000 }) {
  for (const port of [settings.backendPort, settings.storefrontPort]) {
    if (!(await isPortFree(port))) {
      throw new Error(`Port ${port} is already in use: is another bench:web running? Stop it first.`)
    }
  }
  const storefrontOrigin = `http://localhost:${settings.storefrontPort}`
  const shop = startChild({
    name: "shop",
    command: process.execPath,
    args: [join(settings.root, "scripts", "start.mjs")],
    cwd: settings.root,
    env: {
      ...process.env,
      BACKEND_PORT: String(settings.backendPort),
      STOREFRONT_PORT: String(settings.storefrontPort),
      OCOP_DATA_DIR: settings.dataDir,
      EMBEDDED_POSTGRES_PORT: String(settings.embeddedPostgresPort),
      OCOP_DATABASE_NAME: settings.databaseName,
    },
    logFile: join(settings.dataDir, "logs", "bench-web-shop.log"),
    echo: true,
  })
  const stop = async () => {
    const pid = shop.process.pid
    if (pid === undefined || shop.process.exitCode !== null || shop.process.signalCode !== null) return
    // start.mjs stops the storefront, the backend and then the database; only if it hangs does
    // its whole process group go
    shop.process.kill("SIGTERM")
    const gaveUp = await Promise.race([shop.exited.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), 60_000))])
    if (gaveUp) {
      say("• The shop did not stop within 60 s; stopping its processes.")
    }
    await stopChild(shop)
  }
  try {
    await waitForHttp(`${storefrontOrigin}/vi`, shop, timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { storefrontOrigin, logFile: shop.logFile, stop }
}
