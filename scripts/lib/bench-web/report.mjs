// @ts-check
import { formatTable as plainTable } from "../bench/report.mjs"

/** Issue 5's targets for every page. */
export const TARGETS = { performance: 95, accessibility: 100, cls: 0.05 }

/**
 * @typedef {import("./summary.mjs").RunFigures} RunFigures
 * @typedef {{ name: string, path: string, figures: RunFigures }} PageRow
 */

/**
 * Whether each figure with a target meets it (null when it could not be measured).
 * @param {RunFigures} figures
 */
export function verdicts(figures) {
  return {
    performance: figures.performance === null ? null : figures.performance >= TARGETS.performance,
    accessibility: figures.accessibility === null ? null : figures.accessibility >= TARGETS.accessibility,
    cls: figures.cls === null ? null : figures.cls <= TARGETS.cls,
  }
}

/**
 * One sentence per missed target, saying by how much, e.g. "performance 81, 14 below 95".
 * @param {RunFigures} figures
 * @returns {string[]}
 */
export function misses(figures) {
  const ok = verdicts(figures)
  /** @type {string[]} */
  const lines = []
  if (ok.performance === false && figures.performance !== null) {
    lines.push(`performance ${figures.performance}, ${TARGETS.performance - figures.performance} below ${TARGETS.performance}`)
  }
  if (ok.accessibility === false && figures.accessibility !== null) {
    lines.push(`accessibility ${figures.accessibility}, ${TARGETS.accessibility - figures.accessibility} below ${TARGETS.accessibility}`)
  }
  if (ok.cls === false && figures.cls !== null) {
    lines.push(`CLS ${formatCls(figures.cls)}, ${formatCls(figures.cls - TARGETS.cls)} above ${TARGETS.cls}`)
  }
  return lines
}

/**
 * The one table `npm run bench:web` prints: a row of targets, then a row per page, with ✓ or ✗
 * beside every figure that has a target and "n/a" where Lighthouse gave no figure.
 * @param {readonly PageRow[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const headers = ["page", "path", "performance", "accessibility", "LCP (ms)", "CLS", "first-load JS (kB)"]
  const targets = ["target", "", `≥ ${TARGETS.performance}`, `${TARGETS.accessibility}`, "", `≤ ${TARGETS.cls}`, ""]
  const body = rows.map(({ name, path, figures }) => {
    const ok = verdicts(figures)
    return [
      name,
      path,
      marked(figures.performance === null ? null : String(figures.performance), ok.performance),
      marked(figures.accessibility === null ? null : String(figures.accessibility), ok.accessibility),
      figures.lcpMs === null ? "n/a" : Math.round(figures.lcpMs).toLocaleString("en"),
      marked(figures.cls === null ? null : formatCls(figures.cls), ok.cls),
      figures.firstLoadJsBytes === null ? "n/a" : (figures.firstLoadJsBytes / 1000).toFixed(1),
    ]
  })
  return plainTable(headers, [targets, ...body], [false, false, true, true, true, true, true])
}

/**
 * @param {string | null} text
 * @param {boolean | null} ok
 */
function marked(text, ok) {
  if (text === null) return "n/a"
  return `${text} ${ok ? "✓" : "✗"}`
}

/** @param {number} cls */
function formatCls(cls) {
  return cls.toFixed(3)
}
