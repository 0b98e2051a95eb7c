import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { findFreePort } from "./lib/ports.mjs"

const START = new URL("./start.mjs", import.meta.url).pathname

/** Runs `npm start`'s script with extra settings and a data folder of its own. */
function start(env, dataDir = mkdtempSync(join(tmpdir(), "ocop-start-"))) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [START], {
      env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", MEILISEARCH_HOST: "", OCOP_DATA_DIR: dataDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const began = Date.now()
    child.on("close", (code) => resolve({ code, output, seconds: (Date.now() - began) / 1000 }))
  })
}

const problemLines = (output) => output.split("\n").filter((line) => line.startsWith("✖"))

describe("npm start refuses bad settings before starting anything", () => {
  it("names a DATABASE_URL that is not a URL, in one line, and exits non-zero", async () => {
    const { code, output } = await start({ DATABASE_URL: "not a url" })
    expect(code).toBe(1)
    expect(problemLines(output)).toEqual([
      expect.stringMatching(/^✖ DATABASE_URL="not a url" is not a postgres: or postgresql:\/\/ URL: .*unset it to use the embedded database\.$/),
    ])
    expect(output).not.toMatch(/\n\s+at /)
  })

  it("says which port is taken and how to choose another", async () => {
    const server = createServer()
    const port = await findFreePort(47300)
    await new Promise((resolve) => server.listen(port, resolve))
    try {
      const { code, output } = await start({ BACKEND_PORT: String(port), STOREFRONT_PORT: String(port + 1) })
      expect(code).toBe(1)
      expect(problemLines(output)).toEqual([
        `✖ Port ${port} is already in use: stop what uses it, or choose another with BACKEND_PORT=<port>.`,
      ])
    } finally {
      server.close()
    }
  })

  it("stops within seconds when REDIS_URL points at nothing, instead of retrying forever", async () => {
    const port = await findFreePort(47400)
    const ports = { BACKEND_PORT: String(await findFreePort(47500)), STOREFRONT_PORT: String(await findFreePort(47600)) }
    const { code, output, seconds } = await start({ REDIS_URL: `redis://127.0.0.1:${port}`, ...ports })
    expect(code).toBe(1)
    expect(problemLines(output)).toEqual([expect.stringMatching(/^✖ REDIS_URL points to redis:\/\/127\.0\.0\.1:\d+, which cannot be reached/)])
    expect(seconds).toBeLessThan(15)
  })

  it("refuses a second start on the same data while the first runs", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ocop-start-"))
    mkdirSync(join(dataDir, "run"))
    const first = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" })
    writeFileSync(join(dataDir, "run", "start.lock"), JSON.stringify({ pid: first.pid, startedAt: "earlier", children: [] }))
    try {
      const { code, output } = await start({}, dataDir)
      expect(code).toBe(1)
      expect(problemLines(output)).toEqual([expect.stringMatching(new RegExp(`^✖ OCOP Market is already running from this folder \\(pid ${first.pid}`))])
    } finally {
      first.kill("SIGKILL")
    }
  })
})
