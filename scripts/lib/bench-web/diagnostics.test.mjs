import { describe, expect, it } from "vitest"
import { diagnosticsOf, failingAudits } from "./diagnostics.mjs"
import { lighthouseResult } from "./lighthouse-result.fixture.mjs"

const audit = (id, score, extra = {}) => ({ id, title: `Title of ${id}`, score, scoreDisplayMode: "metricSavings", ...extra })
const origin = "http://localhost:8180"

function slowPage() {
  return lighthouseResult({
    performance: 0.7,
    accessibility: 0.9,
    cls: 0.12,
    requests: [
      { url: `${origin}/_next/static/chunks/small.js`, resourceType: "Script", transferSize: 3_000, networkEndTime: 100, finished: true },
      { url: `${origin}/_next/static/chunks/big.js`, resourceType: "Script", transferSize: 120_000, networkEndTime: 200, finished: true },
    ],
    audits: {
      "unused-javascript": audit("unused-javascript", 0, { displayValue: "Est savings of 80 KiB", metricSavings: { LCP: 600, FCP: 0 } }),
      "render-blocking-resources": audit("render-blocking-resources", 0.5, {
        metricSavings: { LCP: 300, FCP: 300 },
        details: { type: "opportunity", headings: [], items: [{ url: `${origin}/_next/static/css/app.css`, wastedMs: 310.4 }] },
      }),
      "bootup-time": audit("bootup-time", 0.2, { metricSavings: { TBT: 900 } }),
      "uses-text-compression": audit("uses-text-compression", 1),
      "lcp-lazy-loaded": audit("lcp-lazy-loaded", null, { scoreDisplayMode: "notApplicable" }),
      "layout-shifts": audit("layout-shifts", 0, {
        scoreDisplayMode: "informative",
        metricSavings: { CLS: 0.12 },
        details: { type: "table", headings: [], items: [{ score: 0.1, node: { selector: "main > div.grid" } }] },
      }),
      "color-contrast": audit("color-contrast", 0, {
        scoreDisplayMode: "binary",
        details: { type: "table", headings: [], items: [{ node: { selector: "a.price" } }, { node: { snippet: "<span class=\"muted\">" } }] },
      }),
      "image-alt": audit("image-alt", 1, { scoreDisplayMode: "binary" }),
    },
    refs: {
      performance: [
        { id: "largest-contentful-paint", weight: 25, group: "metrics" },
        { id: "network-requests", weight: 0, group: "hidden" },
        { id: "bootup-time", weight: 0, group: "diagnostics" },
        { id: "unused-javascript", weight: 0, group: "diagnostics" },
        { id: "render-blocking-resources", weight: 0, group: "diagnostics" },
        { id: "uses-text-compression", weight: 0, group: "diagnostics" },
        { id: "lcp-lazy-loaded", weight: 0, group: "diagnostics" },
        { id: "layout-shifts", weight: 0, group: "diagnostics" },
      ],
      accessibility: [
        { id: "color-contrast", weight: 7 },
        { id: "image-alt", weight: 10 },
      ],
    },
  })
}

describe("failingAudits", () => {
  it("lists a category's failing advice, largest LCP saving first, then TBT, never metrics, passes or not-applicable audits", () => {
    expect(failingAudits(slowPage(), "performance").map((entry) => entry.id)).toEqual(["unused-javascript", "render-blocking-resources", "bootup-time", "layout-shifts"])
  })
})

describe("diagnosticsOf", () => {
  it("names the largest first-load scripts and render-blocking resources when performance missed", () => {
    const lines = diagnosticsOf(slowPage(), { performance: true, accessibility: false, cls: false }, { origin })
    expect(lines).toContain("  - unused-javascript: Title of unused-javascript (Est savings of 80 KiB) [LCP 600 ms]")
    expect(lines.indexOf("  - 120.0 kB /_next/static/chunks/big.js")).toBeLessThan(lines.indexOf("  - 3.0 kB /_next/static/chunks/small.js"))
    expect(lines).toContain("  - /_next/static/css/app.css, 310 ms")
    expect(lines.some((line) => line.includes("color-contrast"))).toBe(false)
  })
  it("names the shifting elements when CLS missed and the failing accessibility audits when accessibility missed", () => {
    const lines = diagnosticsOf(slowPage(), { performance: false, accessibility: true, cls: true }, { origin })
    expect(lines).toContain("  - 0.100 main > div.grid")
    expect(lines).toContain('  - color-contrast: Title of color-contrast (2: a.price; <span class="muted">)')
    expect(lines.some((line) => line.includes("big.js"))).toBe(false)
  })
  it("says nothing for a page that missed nothing", () => {
    expect(diagnosticsOf(slowPage(), { performance: false, accessibility: false, cls: false }, { origin })).toEqual([])
  })
})
