import { describe, expect, it } from "vitest"
import {
  AWARDING_LEVELS,
  AWARDING_REFORM_DATE,
  expectedAwardingLevel,
  isAwardingLevel,
} from "./awarding-level"

describe("AWARDING_LEVELS", () => {
  it("names the district, province and central levels in Vietnamese", () => {
    expect(AWARDING_LEVELS.map((level) => [level.code, level.vi])).toEqual([
      ["district", "Cấp huyện"],
      ["province", "Cấp tỉnh"],
      ["central", "Cấp trung ương"],
    ])
  })
})

describe("isAwardingLevel", () => {
  it("accepts the three codes only", () => {
    expect(isAwardingLevel("province")).toBe(true)
    expect(isAwardingLevel("Cấp tỉnh")).toBe(false)
    expect(isAwardingLevel("commune")).toBe(false)
    expect(isAwardingLevel(null)).toBe(false)
  })
})

describe("expectedAwardingLevel", () => {
  it("before the reform: district 3★, province 4★, centre 5★", () => {
    expect(expectedAwardingLevel(3, "2025-07-05")).toBe("district")
    expect(expectedAwardingLevel(4, "2025-07-05")).toBe("province")
    expect(expectedAwardingLevel(5, "2025-07-05")).toBe("central")
    expect(expectedAwardingLevel(3, "2022-03-15")).toBe("district")
  })

  it("from the reform date itself: province 3★ and 4★, centre 5★", () => {
    expect(AWARDING_REFORM_DATE).toBe("2025-07-06")
    expect(expectedAwardingLevel(3, "2025-07-06")).toBe("province")
    expect(expectedAwardingLevel(4, "2025-07-06")).toBe("province")
    expect(expectedAwardingLevel(5, "2025-07-06")).toBe("central")
    expect(expectedAwardingLevel(3, "2026-01-10")).toBe("province")
  })

  it("refuses what only an untyped caller could pass: 1–2★ or a date that is not one", () => {
    const untyped = expectedAwardingLevel as (starLevel: number, decisionDate: string) => string
    expect(() => untyped(2, "2025-08-01")).toThrow(/Only 3, 4 and 5 stars/)
    expect(() => expectedAwardingLevel(3, "2025-02-30")).toThrow(RangeError)
    expect(() => expectedAwardingLevel(3, "6/7/2025")).toThrow(RangeError)
  })
})
