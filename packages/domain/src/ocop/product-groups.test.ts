import { describe, expect, it } from "vitest"
import {
  isProductGroupCode,
  PRODUCT_GROUPS,
  productGroup,
  productGroupFromVietnamese,
} from "./product-groups"

describe("PRODUCT_GROUPS", () => {
  it("lists the six groups of the national criteria, in order, each code once", () => {
    expect(PRODUCT_GROUPS.map((group) => group.code)).toEqual([
      "food",
      "beverages",
      "herbal",
      "handicrafts",
      "ornamental",
      "tourism",
    ])
  })

  it("sells goods but not ornamental plants or tourism services", () => {
    const sellable = PRODUCT_GROUPS.filter((group) => group.sellable).map((group) => group.code)
    expect(sellable).toEqual(["food", "beverages", "herbal", "handicrafts"])
  })
})

describe("isProductGroupCode", () => {
  it("accepts the six codes only", () => {
    expect(isProductGroupCode("herbal")).toBe(true)
    expect(isProductGroupCode("tourism")).toBe(true)
    expect(isProductGroupCode("Food")).toBe(false)
    expect(isProductGroupCode("services")).toBe(false)
    expect(isProductGroupCode(undefined)).toBe(false)
    expect(isProductGroupCode(1)).toBe(false)
  })
})

describe("productGroup", () => {
  it("returns the entry with its names", () => {
    expect(productGroup("beverages")).toEqual({
      code: "beverages",
      vi: "Đồ uống",
      en: "Beverages",
      sellable: true,
    })
    expect(productGroup("ornamental").en).toBe("Ornamental plants and animals")
  })
})

describe("productGroupFromVietnamese", () => {
  it("matches the official name", () => {
    expect(productGroupFromVietnamese("Thực phẩm")).toBe("food")
    expect(productGroupFromVietnamese("Dược liệu và sản phẩm từ dược liệu")).toBe("herbal")
    expect(
      productGroupFromVietnamese("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"),
    ).toBe("tourism")
  })

  it("ignores diacritics, case and extra spaces", () => {
    expect(productGroupFromVietnamese("do uong")).toBe("beverages")
    expect(productGroupFromVietnamese("  SINH  VẬT CẢNH ")).toBe("ornamental")
  })

  it("accepts the research data's wording for handicrafts", () => {
    expect(productGroupFromVietnamese("Hàng thủ công mỹ nghệ")).toBe("handicrafts")
    expect(productGroupFromVietnamese("Thủ công mỹ nghệ")).toBe("handicrafts")
  })

  it("returns undefined for a name that is no group, including English names", () => {
    expect(productGroupFromVietnamese("Thủ công")).toBeUndefined()
    expect(productGroupFromVietnamese("Food")).toBeUndefined()
    expect(productGroupFromVietnamese("")).toBeUndefined()
  })
})
