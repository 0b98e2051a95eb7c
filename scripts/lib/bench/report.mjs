// @ts-check

/** The targets: p95 at concurrency 1 by catalogue size, and the throughput ratio at 32. */
export const TARGETS = { p95Ms: /** @type {Record<number, number>} */ ({ 10_000: 30, 100_000: 80 }), throughputRatio: 3 }

/**
 * @typedef {object} SizeResult
 * @property {number} size             products the index holds
 * @property {number} reindexMs
 * @property {number} indexBytes
 * @property {Record<"search" | "searchFirst" | "products", Record<1 | 32, import("./measure.mjs").RunSummary>>} runs
 *   `search`: the fixed mix asked again and again (as a shop's visitors do; repeated answers may
 *   come from the provider's result cache); `searchFirst`: every query asked for the first time
 */

const ENDPOINT_LABELS = {
  search: "POST /store/search (repeated mix)",
  searchFirst: "POST /store/search (first-time)",
  products: "GET /store/products?q=",
}

/**
 * Plain-text table, one space-padded column per header; `right` columns are right-aligned
 * (numbers), the others left-aligned.
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {boolean[]} right
 */
export function formatTable(headers, rows, right) {
  const widths = headers.map((header, c) => Math.max(header.length, ...rows.map((row) => (row[c] ?? "").length)))
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(/** @type {number} */ (widths[c])) : cell.padEnd(/** @type {number} */ (widths[c]))))
      .join("  ")
      .trimEnd()
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n")
}

/** @param {number} value */
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : "–")

/**
 * `1234567` → `1.2 MB`
 * @param {number} bytes
 */
export function formatBytes(bytes) {
  const units = ["B", "kB", "MB", "GB"]
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`
}

/**
 * The bench's one table: per size, `/store/search` and `/store/products?q=` at concurrency 1
 * and 32, with the index's build time and size, and search's throughput over products' at 32.
 * @param {SizeResult[]} results
 */
export function formatResults(results) {
  const headers = ["products", "endpoint", "conc", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s", "vs products", "reindex", "index size"]
  /** @type {string[][]} */
  const rows = []
  for (const result of results) {
    for (const endpoint of /** @type {const} */ (["search", "searchFirst", "products"])) {
      for (const concurrency of /** @type {const} */ ([1, 32])) {
        const run = result.runs[endpoint][concurrency]
        rows.push([
          result.size.toLocaleString("en"),
          ENDPOINT_LABELS[endpoint],
          String(concurrency),
          String(run.requests),
          String(run.errors),
          ms(run.p50),
          ms(run.p95),
          ms(run.p99),
          run.throughput.toFixed(1),
          endpoint === "products" ? "" : ratioText(run.throughput, result.runs.products[concurrency].throughput),
          endpoint === "search" && concurrency === 1 ? `${(result.reindexMs / 1000).toFixed(1)} s` : "",
          endpoint === "search" && concurrency === 1 ? formatBytes(result.indexBytes) : "",
        ])
      }
    }
  }
  return formatTable(headers, rows, [true, false, true, true, true, true, true, true, true, true, true, true])
}

/**
 * One line per target: met or missed, and by how much.
 * @param {SizeResult[]} results
 */
export function formatTargets(results) {
  const parts = []
  for (const result of results) {
    for (const endpoint of /** @type {const} */ (["search", "searchFirst"])) {
      const kind = endpoint === "search" ? "repeated" : "first-time"
      const target = TARGETS.p95Ms[result.size]
      const p95 = result.runs[endpoint][1].p95
      if (target !== undefined) {
        parts.push(`${kind} p95 at ${result.size.toLocaleString("en")} (conc 1): ${ms(p95)} ms vs ≤ ${target} ms ${verdict(p95 <= target, p95 - target, "ms", target)}`)
      }
      const searchRate = result.runs[endpoint][32].throughput
      const productsRate = result.runs.products[32].throughput
      const ratio = searchRate / productsRate
      parts.push(
        `${kind} throughput at ${result.size.toLocaleString("en")} (conc 32): ${ratioText(searchRate, productsRate)} /store/products?q=${productsRate > 0 ? "" : " (which answered nothing in time)"} vs ≥ ${TARGETS.throughputRatio}× ${verdict(ratio >= TARGETS.throughputRatio, TARGETS.throughputRatio - ratio, "×", TARGETS.throughputRatio)}`
      )
    }
  }
  return `Targets: ${parts.join(";\n         ")}`
}

/**
 * Search's throughput over products', or "∞×" when products answered nothing within the time limit.
 * @param {number} searchRate
 * @param {number} productsRate
 */
function ratioText(searchRate, productsRate) {
  return productsRate > 0 ? `${(searchRate / productsRate).toFixed(1)}×` : "∞×"
}

/**
 * @param {boolean} met
 * @param {number} miss   how far from the target, in `unit`
 * @param {string} unit
 * @param {number} target
 */
function verdict(met, miss, unit, target) {
  return met ? "✓ met" : `✗ missed by ${miss.toFixed(1)}${unit === "×" ? "" : " "}${unit} (${Math.round((Math.abs(miss) / target) * 100)}%)`
}
