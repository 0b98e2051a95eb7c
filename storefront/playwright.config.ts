import { defineConfig, devices } from "@playwright/test"
import { join } from "node:path"

const root = join(__dirname, "..")
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
// Two people's journeys can run side by side on one machine, each with its own data and database.
const dataDir = process.env.E2E_DATA_DIR ?? join(root, ".data", "e2e")
const embeddedPostgresPort = process.env.E2E_EMBEDDED_POSTGRES_PORT ?? "54349"

/** Where the journeys find the shop; fixtures read these too. */
export const E2E = {
  storefrontUrl: `http://localhost:${storefrontPort}`,
  backendUrl: `http://localhost:${backendPort}`,
  adminEmail: process.env.ADMIN_EMAIL ?? "admin@ocop.local",
  adminPassword: process.env.ADMIN_PASSWORD ?? "ocop-admin-2025",
  /** where the backend writes the messages it would mail (NOTIFICATION_OUTBOX_DIR under npm start) */
  outboxDir: join(dataDir, "outbox"),
}

/**
 * Journeys run against the production builds that `npm start` serves, started by the same
 * script on ports and a data folder of their own (a DATABASE_URL server gets database ocop_e2e;
 * E2E_BACKEND_PORT, E2E_STOREFRONT_PORT, E2E_DATA_DIR and E2E_EMBEDDED_POSTGRES_PORT move them),
 * and drive the system Chromium: Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: E2E.storefrontUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // only this machine is reachable; every other host fails at once instead of timing out
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: `node ${join(root, "scripts", "start.mjs")}`,
    cwd: root,
    url: `${E2E.storefrontUrl}/vi`,
    // a first build on a busy two-core machine can take longer: E2E_START_TIMEOUT_MINUTES raises it
    timeout: Number(process.env.E2E_START_TIMEOUT_MINUTES ?? 15) * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      BACKEND_PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
      OCOP_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: embeddedPostgresPort,
      OCOP_DATABASE_NAME: "ocop_e2e",
    },
  },
})
