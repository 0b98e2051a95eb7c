import { describe, expect, it } from "vitest"
import { percentile, summarize } from "./measure.mjs"

describe("percentile", () => {
  it("interpolates between the nearest ranks", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(percentile(values, 50)).toBeCloseTo(5.5)
    expect(percentile(values, 95)).toBeCloseTo(9.55)
    expect(percentile(values, 99)).toBeCloseTo(9.91)
  })

  it("does not depend on the order of the values", () => {
    expect(percentile([9, 1, 5, 3, 7], 50)).toBe(5)
    expect(percentile([9, 1, 5, 3, 7], 100)).toBe(9)
    expect(percentile([9, 1, 5, 3, 7], 0)).toBe(1)
  })

  it("gives the only value for one sample and NaN for none", () => {
    expect(percentile([42], 99)).toBe(42)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe("summarize", () => {
  it("reports successful requests over the wall time, not over the summed latencies", () => {
    const summary = summarize([100, 100, 100, 100], 1, 200)
    expect(summary).toMatchObject({ requests: 4, errors: 1, p50: 100, throughput: 15 })
  })
})
