import { describe, expect, it } from "vitest"
import { bareCommuneName, successorCommune } from "./places"
import { readSourceData } from "./source-data"

const { products, districts } = readSourceData()

describe("successorCommune", () => {
  it("finds the 2025 commune or ward that took over a pre-reform commune", () => {
    expect(successorCommune(districts, "Bố Trạch", "Sơn Lộc")).toBe("Đông Trạch")
    expect(successorCommune(districts, "Đồng Hới", "Bảo Ninh")).toBe("Đồng Hới")
    expect(successorCommune(districts, "Bố Trạch", "Hoàn Lão")).toBe("Hoàn Lão")
  })

  it("refuses a commune the area does not have, so no made-up place gets in", () => {
    expect(() => successorCommune(districts, "Tuyên Hóa", "Hóa Thanh")).toThrow(/No single 2025 successor/)
    expect(() => successorCommune(districts, "Minh Hóa", "Sơn Lộc")).toThrow(/No single 2025 successor/)
  })

  it("agrees with every commune_2025 the researcher recorded on a product", () => {
    const placed = products.filter((product) => product.district && product.commune && product.commune_2025)
    expect(placed.length).toBeGreaterThan(10)
    for (const product of placed) {
      expect(successorCommune(districts, product.district ?? "", product.commune ?? ""), product.name_vi).toBe(
        product.commune_2025
      )
    }
  })
})

describe("bareCommuneName", () => {
  it("drops the unit the way product records write communes", () => {
    expect(bareCommuneName("Thị trấn Phong Nha")).toBe("Phong Nha")
    expect(bareCommuneName("Phường Đồng Hới")).toBe("Đồng Hới")
    expect(bareCommuneName("Xã Cự Nẫm")).toBe("Cự Nẫm")
  })
})
