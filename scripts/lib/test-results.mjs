// @ts-check
import { existsSync, readFileSync } from "node:fs"

/**
 * @typedef {{ suite: string, passed: number, failed: number, skipped: number, note?: string }} SuiteResult
 */

/**
 * Counts of a vitest or jest JSON report (both write numPassedTests and friends).
 * @param {string} suite
 * @param {string} file
 * @returns {SuiteResult | undefined}
 */
export function readJestLikeReport(suite, file) {
  if (!existsSync(file)) {
    return undefined
  }
  const report = JSON.parse(readFileSync(file, "utf8"))
  return {
    suite,
    passed: report.numPassedTests ?? 0,
    // a file that fails to load counts as a failure even though none of its tests ran
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }
}

/**
 * Counts of a Playwright JSON report.
 * @param {string} suite
 * @param {string} file
 * @returns {SuiteResult | undefined}
 */
export function readPlaywrightReport(suite, file) {
  if (!existsSync(file)) {
    return undefined
  }
  const { stats, errors } = JSON.parse(readFileSync(file, "utf8"))
  return {
    suite,
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: (stats?.unexpected ?? 0) + (errors?.length ?? 0),
    skipped: stats?.skipped ?? 0,
  }
}

/**
 * The closing lines of `npm test`: one line per suite, then `N passed, N failed`.
 * @param {SuiteResult[]} results
 */
export function summarize(results) {
  const total = results.reduce(
    (sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed, skipped: sum.skipped + result.skipped }),
    { passed: 0, failed: 0, skipped: 0 }
  )
  const lines = results.map(
    (result) =>
      `  ${result.suite.padEnd(22)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(4)} failed${result.skipped ? ` ${result.skipped} skipped` : ""}${result.note ? `  (${result.note})` : ""}`
  )
  return [...lines, `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`].join("\n")
}
