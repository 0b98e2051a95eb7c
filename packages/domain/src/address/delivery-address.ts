import { normalizeVietnamesePhone } from "../text/vietnamese-phone"
import { findProvince, findWard, legacyDistrictLabel } from "./administrative-units"

/** A Vietnamese delivery address as a shopper enters it: province, then commune or ward, then street. */
export type DeliveryAddressInput = {
  fullName: string
  phone: string
  provinceCode: string
  wardCode: string
  street: string
}

/** Which field is wrong and why, as a code the storefront turns into the shopper's language. */
export type AddressProblem =
  | { field: "fullName"; code: "required" | "too_long" }
  | { field: "phone"; code: "required" | "invalid" }
  | { field: "provinceCode"; code: "required" | "unknown" }
  | { field: "wardCode"; code: "required" | "unknown" | "other_province" }
  | { field: "street"; code: "required" | "too_long" }

/** A checked address with the names of its units and the old district label. */
export type DeliveryAddress = DeliveryAddressInput & { provinceName: string; wardName: string; legacyDistrict: string }

const MAX_NAME = 100
const MAX_STREET = 200

/** Every problem with an address; empty when it can be delivered to. */
export function addressProblems(input: DeliveryAddressInput): AddressProblem[] {
  const problems: AddressProblem[] = []
  const name = input.fullName.trim()
  if (!name) problems.push({ field: "fullName", code: "required" })
  else if (name.length > MAX_NAME) problems.push({ field: "fullName", code: "too_long" })
  if (!input.phone.trim()) problems.push({ field: "phone", code: "required" })
  else if (!normalizeVietnamesePhone(input.phone)) problems.push({ field: "phone", code: "invalid" })
  const province = input.provinceCode ? findProvince(input.provinceCode) : null
  if (!input.provinceCode) problems.push({ field: "provinceCode", code: "required" })
  else if (!province) problems.push({ field: "provinceCode", code: "unknown" })
  const ward = input.wardCode ? findWard(input.wardCode) : null
  if (!input.wardCode) problems.push({ field: "wardCode", code: "required" })
  else if (!ward) problems.push({ field: "wardCode", code: "unknown" })
  else if (province && ward.provinceCode !== province.code) problems.push({ field: "wardCode", code: "other_province" })
  const street = input.street.trim()
  if (!street) problems.push({ field: "street", code: "required" })
  else if (street.length > MAX_STREET) problems.push({ field: "street", code: "too_long" })
  return problems
}

/** The address trimmed, with a national phone number and unit names, or its problems. */
export function checkDeliveryAddress(input: DeliveryAddressInput): { ok: true; address: DeliveryAddress } | { ok: false; problems: AddressProblem[] } {
  const problems = addressProblems(input)
  const province = findProvince(input.provinceCode)
  const ward = findWard(input.wardCode)
  const phone = normalizeVietnamesePhone(input.phone)
  if (problems.length || !province || !ward || !phone) return { ok: false, problems }
  return {
    ok: true,
    address: {
      fullName: input.fullName.trim(),
      phone,
      provinceCode: province.code,
      wardCode: ward.code,
      street: input.street.trim(),
      provinceName: province.name,
      wardName: ward.name,
      legacyDistrict: legacyDistrictLabel(ward),
    },
  }
}
