// @ts-check

/**
 * @typedef {import("lighthouse").Result} LighthouseResult
 * @typedef {import("lighthouse").Result["audits"][string]} AuditResult
 */

/**
 * @typedef {object} RunFigures   what the table shows of one Lighthouse run (or the median of several)
 * @property {number | null} performance      category score, 0 to 100
 * @property {number | null} accessibility    category score, 0 to 100
 * @property {number | null} lcpMs            Largest Contentful Paint
 * @property {number | null} cls              Cumulative Layout Shift
 * @property {number | null} firstLoadJsBytes script bytes transferred before the load event
 */

/**
 * @typedef {object} ScriptRequest
 * @property {string} url
 * @property {number} transferSize   bytes on the wire
 * @property {number} endMs          when it finished, from the first request of the page
 */

/**
 * The median of some numbers (the mean of the middle two for an even count); null for none.
 * @param {readonly number[]} values
 * @returns {number | null}
 */
export function median(values) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = /** @type {number} */ (sorted[middle])
  return sorted.length % 2 === 1 ? upper : (/** @type {number} */ (sorted[middle - 1]) + upper) / 2
}

/**
 * The script requests of a run that finished before the page's load event, from Lighthouse's
 * `network-requests` audit (times from the page's first request) and the load event the
 * `metrics` audit observed. Without an observed load event every finished script counts.
 * @param {LighthouseResult} lhr
 * @returns {ScriptRequest[]}
 */
export function firstLoadScripts(lhr) {
  const details = lhr.audits["network-requests"]?.details
  if (details?.type !== "table") return []
  const loadMs = observedLoadMs(lhr, details.debugData?.networkStartTimeTs)
  /** @type {ScriptRequest[]} */
  const scripts = []
  for (const item of details.items) {
    const { url, resourceType, transferSize, networkEndTime, finished } = item
    if (resourceType !== "Script" || finished !== true) continue
    if (typeof url !== "string" || typeof transferSize !== "number" || typeof networkEndTime !== "number") continue
    if (loadMs !== null && networkEndTime > loadMs) continue
    scripts.push({ url, transferSize, endMs: networkEndTime })
  }
  return scripts
}

/**
 * The load event in the `network-requests` audit's time base (ms from the first request):
 * both come from the same monotonic clock, in microseconds.
 * @param {LighthouseResult} lhr
 * @param {unknown} networkStartTimeTs
 * @returns {number | null}
 */
function observedLoadMs(lhr, networkStartTimeTs) {
  const details = lhr.audits.metrics?.details
  if (details?.type !== "debugdata" || typeof networkStartTimeTs !== "number") return null
  const items = /** @type {unknown} */ (details.items)
  const observed = Array.isArray(items) ? /** @type {unknown} */ (items[0]) : undefined
  if (typeof observed !== "object" || observed === null || !("observedLoadTs" in observed)) return null
  const loadTs = observed.observedLoadTs
  return typeof loadTs === "number" ? (loadTs - networkStartTimeTs) / 1000 : null
}

/**
 * The table's figures of one run.
 * @param {LighthouseResult} lhr
 * @returns {RunFigures}
 */
export function figuresOf(lhr) {
  const score = (/** @type {string} */ id) => {
    const value = lhr.categories[id]?.score
    return typeof value === "number" ? Math.round(value * 100) : null
  }
  const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null
  const scripts = lhr.audits["network-requests"]?.details?.type === "table" ? firstLoadScripts(lhr) : null
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    firstLoadJsBytes: scripts && scripts.reduce((sum, script) => sum + script.transferSize, 0),
  }
}

/**
 * Each figure's median over the runs (figure by figure, so one slow run moves no column).
 * @param {readonly RunFigures[]} runs
 * @returns {RunFigures}
 */
export function medianFigures(runs) {
  const of = (/** @type {keyof RunFigures} */ key) => median(runs.flatMap((run) => (run[key] === null ? [] : [run[key]])))
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    lcpMs: of("lcpMs"),
    cls: of("cls"),
    firstLoadJsBytes: of("firstLoadJsBytes"),
  }
}

/**
 * The run whose performance score is the median one, for the diagnostics printed beside a miss.
 * @param {readonly LighthouseResult[]} runs
 * @returns {LighthouseResult | undefined}
 */
export function medianRun(runs) {
  const scored = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))
  return scored[Math.floor((scored.length - 1) / 2)]
}
