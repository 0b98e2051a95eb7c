import { describe, expect, it } from "vitest"
import { formatTable, misses, verdicts } from "./report.mjs"

const good = { performance: 97, accessibility: 100, lcpMs: 1834.4, cls: 0.012, firstLoadJsBytes: 182_345 }
const poor = { performance: 81, accessibility: 96, lcpMs: 4210, cls: 0.081, firstLoadJsBytes: 402_000 }

describe("verdicts", () => {
  it("holds every figure to issue 5's target, the limits included", () => {
    expect(verdicts({ ...good, performance: 95, cls: 0.05 })).toEqual({ performance: true, accessibility: true, cls: true })
    expect(verdicts({ ...good, performance: 94, accessibility: 99, cls: 0.051 })).toEqual({ performance: false, accessibility: false, cls: false })
  })
  it("has no verdict for a figure that was not measured", () => {
    expect(verdicts({ ...good, cls: null }).cls).toBeNull()
  })
})

describe("misses", () => {
  it("says by how much each missed target was missed", () => {
    expect(misses(poor)).toEqual(["performance 81, 14 below 95", "accessibility 96, 4 below 100", "CLS 0.081, 0.031 above 0.05"])
  })
  it("is empty when every target is met", () => {
    expect(misses(good)).toEqual([])
  })
})

describe("formatTable", () => {
  it("prints the targets, then one aligned row per page with a mark beside each figure that has a target", () => {
    const lines = formatTable([
      { name: "home", path: "/vi", figures: good },
      { name: "product", path: "/vi/products/nuoc-mam", figures: poor },
    ]).split("\n")
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^page +path +performance +accessibility +LCP \(ms\) +CLS +first-load JS \(kB\)$/)
    expect(lines[2]).toMatch(/^target +≥ 95 +100 +≤ 0\.05$/)
    expect(lines[3]).toMatch(/^home +\/vi +97 ✓ +100 ✓ +1,834 +0\.012 ✓ +182\.3$/)
    expect(lines[4]).toMatch(/^product +\/vi\/products\/nuoc-mam +81 ✗ +96 ✗ +4,210 +0\.081 ✗ +402\.0$/)
    // figures are right-aligned: every row ends in the same column
    expect(new Set([lines[0], lines[3], lines[4]].map((line) => line.length)).size).toBe(1)
  })
  it("prints n/a where Lighthouse gave no figure", () => {
    const [, , , row] = formatTable([{ name: "search", path: "/vi/search", figures: { ...good, performance: null, firstLoadJsBytes: null } }]).split("\n")
    expect(row).toMatch(/^search +\/vi\/search +n\/a +100 ✓ .* n\/a$/)
  })
})
