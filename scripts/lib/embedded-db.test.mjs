import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { startEmbeddedPostgres } from "./embedded-db.mjs"

const query = async (url, sql) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe("startEmbeddedPostgres", () => {
  it("recovers after a crash left the server running on its data, and keeps the data", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ocop-embedded-"))
    // the server may run as the `postgres` user, which must be able to reach the folder
    chmodSync(folder, 0o755)
    const dataDir = join(folder, "postgres")
    const logFile = join(folder, "postgres.log")

    // A first run starts the server, writes a row, then dies without stopping anything.
    const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(new URL("./embedded-db.mjs", import.meta.url).href)})
      const pg = (await import("pg")).default
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, preferredPort: 54400, logFile: ${JSON.stringify(logFile)}, fast: true })
      const client = new pg.Client({ connectionString: db.urlFor("postgres") })
      await client.connect()
      await client.query("create table kept (note text); insert into kept values ('đồng')")
      await client.end()
      console.log("ready")
      setInterval(() => {}, 1000)
    `
    const first = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] })
    await new Promise((resolve, reject) => {
      first.stdout.on("data", (chunk) => chunk.toString().includes("ready") && resolve(undefined))
      first.once("exit", (code) => reject(new Error(`first run exited ${code}`)))
    })
    first.kill("SIGKILL")

    // The next run finds the orphaned server on the same data, stops it cleanly and starts again.
    const db = await startEmbeddedPostgres({ dataDir, preferredPort: 54400, logFile, fast: true })
    try {
      expect(await query(db.urlFor("postgres"), "select note from kept")).toEqual([{ note: "đồng" }])
    } finally {
      await db.stop()
    }
  }, 120_000)
})
