import { describe, expect, it } from "vitest"
import { lighthouseResult } from "./lighthouse-result.fixture.mjs"
import { figuresOf, firstLoadScripts, median, medianFigures, medianRun } from "./summary.mjs"

const script = (url, transferSize, networkEndTime, extra = {}) => ({ url, resourceType: "Script", transferSize, networkEndTime, finished: true, ...extra })

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([90, 70, 80])).toBe(80)
  })
  it("takes the mean of the middle two of an even count", () => {
    expect(median([1, 4, 2, 3])).toBe(2.5)
  })
  it("has none for no values", () => {
    expect(median([])).toBeNull()
  })
})

describe("firstLoadScripts", () => {
  it("keeps finished scripts that ended before the load event and nothing else", () => {
    const lhr = lighthouseResult({
      loadMs: 1500,
      requests: [
        script("http://shop/_next/a.js", 40_000, 900),
        script("http://shop/_next/b.js", 10_000, 1500),
        script("http://shop/_next/late.js", 30_000, 2400),
        script("http://shop/_next/failed.js", 5_000, 800, { finished: false }),
        { url: "http://shop/vi", resourceType: "Document", transferSize: 20_000, networkEndTime: 300, finished: true },
        { url: "http://shop/app.css", resourceType: "Stylesheet", transferSize: 8_000, networkEndTime: 400, finished: true },
      ],
    })
    expect(firstLoadScripts(lhr).map((entry) => entry.url)).toEqual(["http://shop/_next/a.js", "http://shop/_next/b.js"])
  })
  it("counts every finished script when no load event was observed", () => {
    const lhr = lighthouseResult({ loadMs: null, requests: [script("a.js", 1, 100), script("b.js", 2, 99_000)] })
    expect(firstLoadScripts(lhr)).toHaveLength(2)
  })
})

describe("figuresOf", () => {
  it("reads scores as 0 to 100, LCP, CLS and the first-load script bytes", () => {
    const lhr = lighthouseResult({ performance: 0.874, accessibility: 0.96, lcp: 2345.6, cls: 0.07, requests: [script("a.js", 40_000, 100), script("b.js", 2_500, 200)] })
    expect(figuresOf(lhr)).toEqual({ performance: 87, accessibility: 96, lcpMs: 2345.6, cls: 0.07, firstLoadJsBytes: 42_500 })
  })
  it("gives null for what Lighthouse could not measure", () => {
    const lhr = lighthouseResult()
    lhr.categories.performance.score = null
    delete lhr.audits["largest-contentful-paint"]
    delete lhr.audits["network-requests"]
    expect(figuresOf(lhr)).toMatchObject({ performance: null, lcpMs: null, firstLoadJsBytes: null })
  })
})

describe("medianFigures", () => {
  it("takes each figure's median on its own, so one slow run moves no column", () => {
    const runs = [
      { performance: 60, accessibility: 100, lcpMs: 5000, cls: 0, firstLoadJsBytes: 300 },
      { performance: 95, accessibility: 100, lcpMs: 1800, cls: 0.2, firstLoadJsBytes: 100 },
      { performance: 93, accessibility: 98, lcpMs: 1900, cls: 0.01, firstLoadJsBytes: 200 },
    ]
    expect(medianFigures(runs)).toEqual({ performance: 93, accessibility: 100, lcpMs: 1900, cls: 0.01, firstLoadJsBytes: 200 })
  })
  it("leaves out runs that could not measure a figure", () => {
    const runs = [
      { performance: null, accessibility: 100, lcpMs: null, cls: 0, firstLoadJsBytes: 1 },
      { performance: 90, accessibility: 100, lcpMs: null, cls: 0, firstLoadJsBytes: 1 },
    ]
    expect(medianFigures(runs)).toMatchObject({ performance: 90, lcpMs: null })
  })
})

describe("medianRun", () => {
  it("is the run with the median performance score", () => {
    const runs = [lighthouseResult({ performance: 0.5 }), lighthouseResult({ performance: 0.9 }), lighthouseResult({ performance: 0.7 })]
    expect(medianRun(runs)).toBe(runs[2])
  })
})
