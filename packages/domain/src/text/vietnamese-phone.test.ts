import { describe, expect, it } from "vitest"
import {
  formatVietnamesePhone,
  isVietnamesePhone,
  normalizeVietnamesePhone,
} from "./vietnamese-phone"

describe("normalizeVietnamesePhone", () => {
  it("strips the spaces, dots, dashes and parentheses people type", () => {
    expect(normalizeVietnamesePhone("0912 345 678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("0912.345.678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("(0232) 3822-123")).toBe("02323822123")
  })

  it("turns a +84 or 84 prefix into the national 0", () => {
    expect(normalizeVietnamesePhone("+84 912-345-678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("84912345678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("+84 (0) 912 345 678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("+84 232 3822 123")).toBe("02323822123")
  })

  it("accepts 10-digit mobiles starting 03, 05, 07, 08 and 09", () => {
    for (const phone of ["0321234567", "0561234567", "0771234567", "0881234567", "0981234567"]) {
      expect(normalizeVietnamesePhone(phone)).toBe(phone)
    }
  })

  it("accepts 11-digit landlines starting 02", () => {
    expect(normalizeVietnamesePhone("02323822123")).toBe("02323822123")
    expect(normalizeVietnamesePhone("024 3825 1234")).toBe("02438251234")
  })

  it("refuses other prefixes, including the retired 01x mobiles", () => {
    expect(normalizeVietnamesePhone("0123456789")).toBeNull()
    expect(normalizeVietnamesePhone("01234567890")).toBeNull()
    expect(normalizeVietnamesePhone("0412345678")).toBeNull()
    expect(normalizeVietnamesePhone("0612345678")).toBeNull()
  })

  it("refuses numbers of the wrong length", () => {
    expect(normalizeVietnamesePhone("091234567")).toBeNull()
    expect(normalizeVietnamesePhone("09123456789")).toBeNull()
    expect(normalizeVietnamesePhone("0232382212")).toBeNull()
    expect(normalizeVietnamesePhone("")).toBeNull()
  })

  it("refuses letters, other country codes and a plus sign anywhere but the start", () => {
    expect(normalizeVietnamesePhone("0912 345 abc")).toBeNull()
    expect(normalizeVietnamesePhone("hotline")).toBeNull()
    expect(normalizeVietnamesePhone("+1 912 345 678")).toBeNull()
    expect(normalizeVietnamesePhone("0912+345678")).toBeNull()
    expect(normalizeVietnamesePhone("0912345678 ext 12")).toBeNull()
  })
})

describe("isVietnamesePhone", () => {
  it("agrees with normalizeVietnamesePhone", () => {
    expect(isVietnamesePhone("+84 912-345-678")).toBe(true)
    expect(isVietnamesePhone("0123456789")).toBe(false)
  })
})

describe("formatVietnamesePhone", () => {
  it("groups a mobile 4-3-3", () => {
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678")
  })

  it("groups a landline 4-4-3, or 3-4-4 for Hà Nội and Hồ Chí Minh City", () => {
    expect(formatVietnamesePhone("02323822123")).toBe("0232 3822 123")
    expect(formatVietnamesePhone("02438251234")).toBe("024 3825 1234")
    expect(formatVietnamesePhone("02838221234")).toBe("028 3822 1234")
  })

  it("formats any spelling normalizeVietnamesePhone accepts", () => {
    expect(formatVietnamesePhone("+84 912-345-678")).toBe("0912 345 678")
  })

  it("refuses text that is not a phone number", () => {
    expect(() => formatVietnamesePhone("0123456789")).toThrow(/not a Vietnamese phone number/)
  })
})
