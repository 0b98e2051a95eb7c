// @ts-check
import { firstLoadScripts } from "./summary.mjs"

/**
 * @typedef {import("lighthouse").Result} LighthouseResult
 * @typedef {import("lighthouse").Result["audits"][string]} AuditResult
 */

/** Audits that are not advice: the metrics themselves and the raw tables behind them. */
const NOT_ADVICE = new Set(["metrics", "network-requests", "main-thread-tasks", "screenshot-thumbnails", "final-screenshot", "script-treemap-data", "diagnostics", "resource-summary", "network-rtt", "network-server-latency"])

/**
 * What Lighthouse says holds a page back, as lines to print under the table for a page that
 * missed a target: the performance audits that fail, biggest estimated saving first; the largest
 * scripts loaded before the load event; render-blocking resources; layout shifts when CLS missed;
 * and every failing accessibility audit when accessibility missed.
 * @param {LighthouseResult} lhr
 * @param {{ performance: boolean, accessibility: boolean, cls: boolean }} missed
 * @param {{ origin: string, limit?: number }} options   origin is cut from URLs to keep lines short
 * @returns {string[]}
 */
export function diagnosticsOf(lhr, missed, { origin, limit = 6 }) {
  const short = (/** @type {string} */ url) => (url.startsWith(origin) ? url.slice(origin.length) || "/" : url)
  /** @type {string[]} */
  const lines = []
  if (missed.performance || missed.cls) {
    const failing = failingAudits(lhr, "performance").slice(0, limit)
    if (failing.length > 0) {
      lines.push("Performance opportunities and diagnostics (estimated savings):")
      for (const audit of failing) lines.push(`  - ${describeAudit(audit)}`)
    }
  }
  if (missed.performance) {
    const scripts = firstLoadScripts(lhr).sort((a, b) => b.transferSize - a.transferSize).slice(0, 5)
    if (scripts.length > 0) {
      lines.push("Largest first-load scripts (transferred):")
      for (const script of scripts) lines.push(`  - ${(script.transferSize / 1000).toFixed(1)} kB ${short(script.url)}`)
    }
    const blocking = tableRows(lhr.audits["render-blocking-resources"])
    if (blocking.length > 0) {
      lines.push("Render-blocking resources:")
      for (const row of blocking.slice(0, limit)) {
        const url = typeof row.url === "string" ? short(row.url) : "?"
        const wasted = typeof row.wastedMs === "number" ? `, ${Math.round(row.wastedMs)} ms` : ""
        lines.push(`  - ${url}${wasted}`)
      }
    }
  }
  if (missed.cls) {
    const shifts = tableRows(lhr.audits["layout-shifts"])
    if (shifts.length > 0) {
      lines.push("Layout shifts:")
      for (const row of shifts.slice(0, limit)) {
        const score = typeof row.score === "number" ? row.score.toFixed(3) : "?"
        lines.push(`  - ${score} ${nodeLabel(row.node)}`)
      }
    }
  }
  if (missed.accessibility) {
    const failing = failingAudits(lhr, "accessibility")
    if (failing.length > 0) {
      lines.push("Failing accessibility audits:")
      for (const audit of failing) {
        const rows = tableRows(audit)
        const where = rows.slice(0, 3).map((row) => nodeLabel(row.node)).join("; ")
        lines.push(`  - ${audit.id}: ${audit.title}${rows.length > 0 ? ` (${rows.length}: ${where})` : ""}`)
      }
    }
  }
  return lines
}

/**
 * The audits of a category that fail (score below 0.9), the largest estimated LCP saving first,
 * then TBT, FCP and CLS savings (the metrics that weigh most in the performance score).
 * @param {LighthouseResult} lhr
 * @param {string} category
 * @returns {AuditResult[]}
 */
export function failingAudits(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? []
  /** @type {AuditResult[]} */
  const failing = []
  for (const ref of refs) {
    const audit = lhr.audits[ref.id]
    if (!audit || ref.group === "metrics" || NOT_ADVICE.has(ref.id)) continue
    if (audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual") continue
    if (audit.score === null || audit.score >= 0.9) continue
    failing.push(audit)
  }
  const savings = (/** @type {AuditResult} */ audit, /** @type {string} */ metric) => audit.metricSavings?.[metric] ?? 0
  const order = ["LCP", "TBT", "FCP", "CLS"]
  return failing.sort((a, b) => order.map((metric) => savings(b, metric) - savings(a, metric)).find((difference) => difference !== 0) ?? 0)
}

/**
 * "render-blocking-resources: Eliminate render-blocking resources (Est savings of 300 ms) [LCP 300 ms]"
 * @param {AuditResult} audit
 */
function describeAudit(audit) {
  const savings = Object.entries(audit.metricSavings ?? {})
    .filter(([, value]) => typeof value === "number" && value > 0)
    .map(([metric, value]) => `${metric} ${metric === "CLS" ? Number(value).toFixed(3) : `${Math.round(Number(value))} ms`}`)
  const display = audit.displayValue ? ` (${audit.displayValue})` : ""
  return `${audit.id}: ${audit.title}${display}${savings.length > 0 ? ` [${savings.join(", ")}]` : ""}`
}

/**
 * The rows of an audit's table or opportunity details, or none.
 * @param {AuditResult | undefined} audit
 * @returns {Extract<NonNullable<AuditResult["details"]>, { type: "table" }>["items"]}
 */
function tableRows(audit) {
  const details = audit?.details
  if (details?.type === "table" || details?.type === "opportunity") return details.items
  return []
}

/**
 * A DOM node of an audit row as a short label: its selector, or its snippet.
 * @param {unknown} node
 */
function nodeLabel(node) {
  if (typeof node !== "object" || node === null) return "?"
  const selector = "selector" in node && typeof node.selector === "string" ? node.selector : undefined
  const snippet = "snippet" in node && typeof node.snippet === "string" ? node.snippet : undefined
  const label = selector ?? snippet ?? "?"
  return label.length > 90 ? `${label.slice(0, 87)}…` : label
}
