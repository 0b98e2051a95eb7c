import { checkDeliveryAddress, listWards, VN_PROVINCES } from "@ocop/domain/address"
import { describe, expect, it } from "vitest"
import { addressFieldErrors, isSameAddress, reshapeAddress, toStoreAddress } from "./saved-address"

const quangTri = VN_PROVINCES.find((province) => province.name === "Quảng Trị")!
const boTrach = listWards(quangTri.code).find((ward) => ward.name === "Xã Bố Trạch")!

describe("saved addresses", () => {
  it("are written as the checkout writes a delivery address and read back unchanged", () => {
    const checked = checkDeliveryAddress({ fullName: "Nguyễn Văn An", phone: "0912 345 678", provinceCode: quangTri.code, wardCode: boTrach.code, street: "12 Lý Thường Kiệt" })
    if (!checked.ok) throw new Error("the sample address should be deliverable")
    const stored = toStoreAddress(checked.address)
    expect(stored).toMatchObject({ first_name: "Nguyễn Văn An", phone: "0912345678", city: "Xã Bố Trạch", province: "Quảng Trị", country_code: "vn" })
    expect(stored.metadata).toEqual({ province_code: quangTri.code, ward_code: boTrach.code, legacy_district: "Huyện Bố Trạch" })

    expect(reshapeAddress({ id: "cuaddr_1", ...stored })).toEqual({
      id: "cuaddr_1",
      fullName: "Nguyễn Văn An",
      phone: "0912345678",
      provinceCode: quangTri.code,
      provinceName: "Quảng Trị",
      wardCode: boTrach.code,
      wardName: "Xã Bố Trạch",
      legacyDistrict: "Huyện Bố Trạch",
      street: "12 Lý Thường Kiệt",
    })
  })

  it("turn the domain's problems into one message per field", () => {
    expect(
      addressFieldErrors([
        { field: "fullName", code: "required" },
        { field: "phone", code: "invalid" },
        { field: "wardCode", code: "other_province" },
        { field: "wardCode", code: "required" },
        { field: "street", code: "too_long" },
      ]),
    ).toEqual({ fullName: "nameRequired", phone: "phoneInvalid", wardCode: "wardOtherProvince", street: "tooLong" })
  })

  it("knows an address the book already holds, whatever the street's case or spaces", () => {
    const held = { fullName: "Trần Thị Bình", phone: "0912345678", wardCode: "19000", street: "5 Quang Trung" }
    expect(isSameAddress(held, { ...held, street: " 5 quang trung " })).toBe(true)
    expect(isSameAddress(held, { ...held, street: "7 Quang Trung" })).toBe(false)
    expect(isSameAddress(held, { ...held, wardCode: "19001" })).toBe(false)
    expect(isSameAddress(held, { ...held, fullName: "Nguyễn Văn An" })).toBe(false)
    expect(isSameAddress(held, { ...held, phone: "0987654321" })).toBe(false)
  })
})
