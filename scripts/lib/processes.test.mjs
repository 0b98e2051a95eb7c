import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { isAlive } from "./run-lock.mjs"
import { runToEnd, startChild, stopChild } from "./processes.mjs"

const logFile = () => join(mkdtempSync(join(tmpdir(), "ocop-proc-")), "child.log")

describe("stopChild", () => {
  it("stops the child and every process it started", async () => {
    const log = logFile()
    const grandchildScript = "setTimeout(() => {}, 60000)"
    const child = startChild({
      name: "parent",
      command: process.execPath,
      args: ["-e", `const c = require("child_process").spawn(process.execPath, ["-e", ${JSON.stringify(grandchildScript)}]); console.log("grandchild " + c.pid); setTimeout(() => {}, 60000)`],
      cwd: process.cwd(),
      env: process.env,
      logFile: log,
    })
    let grandchild = 0
    for (let i = 0; i < 50 && !grandchild; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      grandchild = Number(readFileSync(log, "utf8").match(/grandchild (\d+)/)?.[1] ?? 0)
    }
    expect(grandchild).toBeGreaterThan(0)
    await stopChild(child, 2000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(isAlive(child.process.pid)).toBe(false)
    expect(isAlive(grandchild)).toBe(false)
  })
})

describe("runToEnd", () => {
  it("rejects with the name, exit code and the log's last lines", async () => {
    const log = logFile()
    await expect(
      runToEnd({ name: "migrate", command: process.execPath, args: ["-e", "console.error('relation missing'); process.exit(3)"], cwd: process.cwd(), env: process.env, logFile: log })
    ).rejects.toThrow(/^migrate failed \(exit 3\)\. Last lines of .*:\nrelation missing/)
  })
})
