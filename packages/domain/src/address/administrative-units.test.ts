import { describe, expect, it } from "vitest"
import { findProvince, findWard, legacyDistrictLabel, listWards, VN_PROVINCES } from "./administrative-units"
import { addressProblems, checkDeliveryAddress } from "./delivery-address"

const quangTri = VN_PROVINCES.find((province) => province.name === "Quảng Trị")!
const boTrach = listWards(quangTri.code).find((ward) => ward.name === "Xã Bố Trạch")!

describe("Việt Nam's administrative units after the 2025 reform", () => {
  it("has 34 provinces and 3,321 communes and wards", () => {
    expect(VN_PROVINCES).toHaveLength(34)
    expect(VN_PROVINCES.reduce((sum, province) => sum + listWards(province.code).length, 0)).toBe(3321)
  })

  it("sorts provinces as Vietnamese readers expect, Đ after D", () => {
    const names = VN_PROVINCES.map((province) => province.name)
    expect(names.indexOf("Đồng Nai")).toBeGreaterThan(names.indexOf("Cao Bằng"))
    expect(names.indexOf("Điện Biên")).toBeLessThan(names.indexOf("Gia Lai"))
  })

  it("puts former Quảng Bình's communes in Quảng Trị and keeps the old district as a label", () => {
    expect(boTrach.legacyDistricts).toEqual(["Huyện Bố Trạch, Tỉnh Quảng Bình"])
    expect(legacyDistrictLabel(boTrach)).toBe("Huyện Bố Trạch")
    expect(findWard(boTrach.code)).toEqual(boTrach)
    expect(listWards(quangTri.code).map((ward) => ward.name)).toContain("Phường Đồng Hới")
  })

  it("knows nothing of made-up codes", () => {
    expect(findProvince("99")).toBeNull()
    expect(findWard("00000000")).toBeNull()
    expect(listWards("99")).toEqual([])
  })
})

describe("addressProblems", () => {
  const good = { fullName: "Nguyễn Văn An", phone: "0912 345 678", provinceCode: quangTri.code, wardCode: boTrach.code, street: "12 Lý Thường Kiệt" }

  it("accepts a complete address and normalises the phone", () => {
    expect(addressProblems(good)).toEqual([])
    const checked = checkDeliveryAddress(good)
    expect(checked.ok && checked.address).toMatchObject({ phone: "0912345678", provinceName: "Quảng Trị", wardName: "Xã Bố Trạch", legacyDistrict: "Huyện Bố Trạch" })
  })

  it("names each missing or malformed field", () => {
    expect(addressProblems({ fullName: " ", phone: "12345", provinceCode: "", wardCode: "", street: "" })).toEqual([
      { field: "fullName", code: "required" },
      { field: "phone", code: "invalid" },
      { field: "provinceCode", code: "required" },
      { field: "wardCode", code: "required" },
      { field: "street", code: "required" },
    ])
  })

  it("refuses a ward of another province", () => {
    const hanoi = VN_PROVINCES.find((province) => province.name === "Thành phố Hà Nội")!
    expect(addressProblems({ ...good, provinceCode: hanoi.code })).toEqual([{ field: "wardCode", code: "other_province" }])
    expect(checkDeliveryAddress({ ...good, provinceCode: hanoi.code }).ok).toBe(false)
  })
})
