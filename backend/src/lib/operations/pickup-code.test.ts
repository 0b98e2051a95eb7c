import { describe, expect, it } from "vitest"
import { newPickupCode } from "./pickup-code"

describe("newPickupCode", () => {
  it("is six digits, leading zeros kept, and not the same every time", () => {
    const codes = Array.from({ length: 200 }, newPickupCode)
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
  })
})
