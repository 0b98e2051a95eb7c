import { describe, expect, it } from "vitest"
import { formatBytes, formatResults, formatTable, formatTargets } from "./report.mjs"

const run = (p95, throughput) => ({ requests: 300, errors: 0, p50: p95 / 2, p95, p99: p95 * 1.2, throughput })
const result = (size, searchP95, searchRate, productsRate) => ({
  size,
  reindexMs: 12_345,
  indexBytes: 25 * 1024 * 1024,
  runs: {
    search: { 1: run(searchP95, 50), 32: run(200, searchRate) },
    searchFirst: { 1: run(searchP95 * 2, 25), 32: run(400, searchRate / 2) },
    products: { 1: run(150, 10), 32: run(900, productsRate) },
  },
})

describe("formatTable", () => {
  it("pads every column to its widest cell, numbers to the right", () => {
    const table = formatTable(["name", "ms"], [["a", "1.5"], ["longer", "12.25"]], [false, true])
    expect(table.split("\n")).toEqual(["name       ms", "------  -----", "a         1.5", "longer  12.25"])
  })
})

describe("formatResults", () => {
  it("prints six rows per size with aligned columns, the ratio and the index figures", () => {
    const lines = formatResults([result(10_000, 20, 90, 10)]).split("\n")
    expect(lines).toHaveLength(2 + 6)
    expect(new Set(lines.map((line) => line.length)).size).toBeLessThanOrEqual(3)
    expect(lines[2]).toMatch(/10,000 {2}POST \/store\/search \(repeated mix\) +1 .* 5\.0× +12\.3 s +25\.0 MB$/)
    expect(lines[3]).toMatch(/ 9\.0×$/)
    expect(lines[4]).toMatch(/POST \/store\/search \(first-time\) +1 .* 2\.5×$/)
  })
})

describe("formatTargets", () => {
  it("says which targets are met and by how much the others are missed", () => {
    const text = formatTargets([result(10_000, 20, 90, 10), result(100_000, 100, 20, 10)])
    expect(text).toContain("repeated p95 at 10,000 (conc 1): 20.0 ms vs ≤ 30 ms ✓ met")
    expect(text).toContain("first-time p95 at 10,000 (conc 1): 40.0 ms vs ≤ 30 ms ✗ missed by 10.0 ms (33%)")
    expect(text).toContain("repeated p95 at 100,000 (conc 1): 100.0 ms vs ≤ 80 ms ✗ missed by 20.0 ms (25%)")
    expect(text).toContain("repeated throughput at 100,000 (conc 32): 2.0× /store/products?q= vs ≥ 3× ✗ missed by 1.0× (33%)")
  })

  it("says so when /store/products?q= answered nothing in time, instead of dividing by zero", () => {
    const text = formatTargets([result(100_000, 10, 380, 0)])
    expect(text).toContain("repeated throughput at 100,000 (conc 32): ∞× /store/products?q= (which answered nothing in time) vs ≥ 3× ✓ met")
    expect(formatResults([result(100_000, 10, 380, 0)]).split("\n")[3]).toMatch(/ ∞×$/)
  })
})

describe("formatBytes", () => {
  it("uses binary units", () => {
    expect(formatBytes(512)).toBe("512 B")
    expect(formatBytes(1536)).toBe("1.5 kB")
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GB")
  })
})
