import { describe, expect, it } from "vitest"
import { formatVnd } from "./format-vnd"

describe("formatVnd", () => {
  it("groups thousands with dots and ends with the đồng sign", () => {
    expect(formatVnd(125000)).toBe("125.000 ₫")
    expect(formatVnd(1250000)).toBe("1.250.000 ₫")
  })

  it("leaves amounts under a thousand ungrouped", () => {
    expect(formatVnd(0)).toBe("0 ₫")
    expect(formatVnd(999)).toBe("999 ₫")
    expect(formatVnd(1000)).toBe("1.000 ₫")
  })

  it("keeps the sign of a refund", () => {
    expect(formatVnd(-45000)).toBe("-45.000 ₫")
  })

  it("refuses fractions and non-numbers, since VND has no minor unit", () => {
    expect(() => formatVnd(1250.5)).toThrow(RangeError)
    expect(() => formatVnd(Number.NaN)).toThrow(/whole number of đồng/)
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
