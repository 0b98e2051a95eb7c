import { spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { acquireRunLock, AlreadyRunningError, isAlive } from "./run-lock.mjs"

const lockFile = () => {
  const dir = join(mkdtempSync(join(tmpdir(), "ocop-lock-")), "run")
  mkdirSync(dir)
  return join(dir, "start.lock")
}

const sleeper = (marker) => {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)", marker], { detached: true, stdio: "ignore" })
  return child
}

describe("acquireRunLock", () => {
  it("refuses a second start while the first is alive, naming its pid", () => {
    const file = lockFile()
    const holder = sleeper("holder")
    writeFileSync(file, JSON.stringify({ pid: holder.pid, startedAt: "earlier", children: [] }))
    try {
      expect(() => acquireRunLock(file, "/repo")).toThrow(AlreadyRunningError)
      expect(() => acquireRunLock(file, "/repo")).toThrow(new RegExp(`already running .*pid ${holder.pid}`))
    } finally {
      holder.kill("SIGKILL")
    }
  })

  it("takes over the lock of a crashed run and stops the process groups it left", async () => {
    const file = lockFile()
    const orphan = sleeper("/repo/backend")
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 7, startedAt: "earlier", children: [orphan.pid] }))
    const lock = acquireRunLock(file, "/repo")
    expect(lock.recovered).toBe(true)
    await new Promise((resolve) => orphan.once("exit", resolve))
    expect(isAlive(orphan.pid)).toBe(false)
    expect(JSON.parse(readFileSync(file, "utf8")).pid).toBe(process.pid)
    lock.release()
    expect(existsSync(file)).toBe(false)
  })

  it("never kills a recorded pid that now belongs to another program", () => {
    const file = lockFile()
    const stranger = sleeper("some-other-program")
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 7, startedAt: "earlier", children: [stranger.pid] }))
    try {
      acquireRunLock(file, "/repo").release()
      expect(isAlive(stranger.pid)).toBe(true)
    } finally {
      stranger.kill("SIGKILL")
    }
  })

  it("records the children it starts, for the next run to clean up after a crash", () => {
    const file = lockFile()
    const lock = acquireRunLock(file, "/repo")
    expect(lock.recovered).toBe(false)
    lock.recordChild(1234)
    expect(JSON.parse(readFileSync(file, "utf8")).children).toEqual([1234])
    lock.release()
  })
})
