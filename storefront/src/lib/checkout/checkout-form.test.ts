import { listWards, VN_PROVINCES } from "@ocop/domain/address"
import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { describe, expect, it } from "vitest"
import { checkCheckoutForm } from "./checkout-form"

const quangTri = VN_PROVINCES.find((province) => province.name === "Quảng Trị")!
const dongHoi = listWards(quangTri.code).find((ward) => ward.name === "Phường Đồng Hới")!
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const contact = { fullName: " Trần Thị Bình ", email: "binh@example.vn", phone: "+84 912 345 678", payment: "cash" }

describe("checkCheckoutForm", () => {
  it("turns a pickup into the delivery route's body, with the phone in national form", () => {
    const checked = checkCheckoutForm(form({ ...contact, method: "pickup", showroomId: "shwr_1" }))
    expect(checked.ok && checked.order).toEqual({
      delivery: { email: "binh@example.vn", full_name: "Trần Thị Bình", phone: "0912345678", method: "pickup", showroom_id: "shwr_1" },
      providerId: PAYMENT_PROVIDER_IDS.cash,
      addressToSave: null,
    })
  })

  it("turns a home delivery paid by transfer into an address and the VietQR provider", () => {
    const checked = checkCheckoutForm(form({ ...contact, payment: "bankTransfer", method: "delivery", provinceCode: quangTri.code, wardCode: dongHoi.code, street: "5 Quang Trung" }))
    expect(checked.ok && checked.order).toEqual({
      delivery: { email: "binh@example.vn", full_name: "Trần Thị Bình", phone: "0912345678", method: "delivery", address: { province_code: quangTri.code, ward_code: dongHoi.code, street: "5 Quang Trung" } },
      providerId: PAYMENT_PROVIDER_IDS.bankTransfer,
      addressToSave: null,
    })
  })

  it("names every problem at once and keeps what was typed", () => {
    const checked = checkCheckoutForm(form({ fullName: "", email: "binh@", phone: "0123", method: "delivery", provinceCode: quangTri.code, wardCode: "", street: "", payment: "bitcoin" }))
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.fieldErrors).toEqual({
      email: "emailInvalid",
      fullName: "nameRequired",
      phone: "phoneInvalid",
      payment: "paymentRequired",
      wardCode: "wardRequired",
      street: "streetRequired",
    })
    expect(checked.values).toMatchObject({ email: "binh@", phone: "0123", provinceCode: quangTri.code })
  })

  it("asks for a showroom on pickup and a method when none is chosen", () => {
    expect(checkCheckoutForm(form({ ...contact, method: "pickup" }))).toMatchObject({ ok: false, fieldErrors: { showroomId: "showroomRequired" } })
    expect(checkCheckoutForm(form({ ...contact }))).toMatchObject({ ok: false, fieldErrors: { method: "methodRequired" } })
  })

  it("keeps a new delivery address for the address book only when the shopper asked to save it", () => {
    const delivery = { ...contact, method: "delivery", provinceCode: quangTri.code, wardCode: dongHoi.code, street: "5 Quang Trung" }
    const saved = checkCheckoutForm(form({ ...delivery, saveAddress: "1" }))
    expect(saved.ok && saved.order.addressToSave).toMatchObject({
      fullName: "Trần Thị Bình",
      phone: "0912345678",
      provinceCode: quangTri.code,
      provinceName: "Quảng Trị",
      wardCode: dongHoi.code,
      wardName: "Phường Đồng Hới",
      street: "5 Quang Trung",
    })
    expect(checkCheckoutForm(form(delivery)).ok && checkCheckoutForm(form(delivery))).toMatchObject({ order: { addressToSave: null } })
    // a saved address chosen from the book is already there, and a pickup has no address
    expect(checkCheckoutForm(form({ ...delivery, saveAddress: "1", savedAddressId: "caddr_1" }))).toMatchObject({ ok: true, order: { addressToSave: null } })
    expect(checkCheckoutForm(form({ ...contact, method: "pickup", showroomId: "shwr_1", saveAddress: "1" }))).toMatchObject({ ok: true, order: { addressToSave: null } })
  })

  it("sends a card payment to Stripe's provider", () => {
    const checked = checkCheckoutForm(form({ ...contact, payment: "card", method: "pickup", showroomId: "shwr_1" }))
    expect(checked.ok && checked.order.providerId).toBe(PAYMENT_PROVIDER_IDS.stripe)
  })
})
