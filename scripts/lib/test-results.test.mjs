import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readJestLikeReport, readPlaywrightReport, summarize } from "./test-results.mjs"

const write = (content) => {
  const file = join(mkdtempSync(join(tmpdir(), "ocop-report-")), "report.json")
  writeFileSync(file, JSON.stringify(content))
  return file
}

describe("test reports", () => {
  it("counts a suite that failed to load as a failure", () => {
    const file = write({ numPassedTests: 4, numFailedTests: 1, numRuntimeErrorTestSuites: 1, numPendingTests: 2 })
    expect(readJestLikeReport("unit", file)).toEqual({ suite: "unit", passed: 4, failed: 2, skipped: 2 })
  })

  it("counts flaky Playwright tests as passed and global errors as failed", () => {
    const file = write({ stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 }, errors: [{ message: "webServer" }] })
    expect(readPlaywrightReport("e2e", file)).toEqual({ suite: "e2e", passed: 4, failed: 2, skipped: 0 })
  })

  it("has no result when a runner wrote no report", () => {
    expect(readJestLikeReport("unit", "/nonexistent/report.json")).toBeUndefined()
  })

  it("ends with the plain `N passed, N failed` line", () => {
    const text = summarize([
      { suite: "unit", passed: 10, failed: 0, skipped: 0 },
      { suite: "e2e", passed: 2, failed: 1, skipped: 0 },
    ])
    expect(text.split("\n").at(-1)).toBe("12 passed, 1 failed")
  })
})
