import { describe, expect, it } from "vitest"
import { isProducerTypeCode, PRODUCER_TYPES } from "./producer-types"

describe("PRODUCER_TYPES", () => {
  it("names cooperatives, cooperative groups, enterprises and household businesses", () => {
    expect(PRODUCER_TYPES.map((type) => [type.code, type.vi])).toEqual([
      ["cooperative", "Hợp tác xã"],
      ["cooperative_group", "Tổ hợp tác"],
      ["enterprise", "Doanh nghiệp"],
      ["household_business", "Hộ kinh doanh"],
    ])
  })
})

describe("isProducerTypeCode", () => {
  it("accepts the four codes only", () => {
    expect(PRODUCER_TYPES.every((type) => isProducerTypeCode(type.code))).toBe(true)
    expect(isProducerTypeCode("Hợp tác xã")).toBe(false)
    expect(isProducerTypeCode("cooperative-group")).toBe(false)
    expect(isProducerTypeCode("")).toBe(false)
    expect(isProducerTypeCode(null)).toBe(false)
  })
})
