import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { withBuildLock } from "./build-lock.mjs"

const lockFile = () => join(mkdtempSync(join(tmpdir(), "ocop-build-")), "build.lock")

describe("withBuildLock", () => {
  it("waits while another live process builds, then builds", async () => {
    const file = lockFile()
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 1500)"], { stdio: "ignore" })
    writeFileSync(file, String(other.pid))
    const said = []
    const started = Date.now()
    const result = await withBuildLock(file, (line) => said.push(line), async () => Date.now() - started)
    expect(result).toBeGreaterThanOrEqual(1000)
    expect(said).toEqual([`• Waiting for another build in this checkout to finish (pid ${other.pid})…`])
    expect(existsSync(file)).toBe(false)
  })

  it("takes over a lock whose process is gone, and releases it when the build fails", async () => {
    const file = lockFile()
    writeFileSync(file, String(2 ** 22 + 11))
    await expect(withBuildLock(file, () => {}, async () => Promise.reject(new Error("tsc failed")))).rejects.toThrow("tsc failed")
    expect(existsSync(file)).toBe(false)
  })
})
