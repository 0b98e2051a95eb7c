import type { AddressProblem, DeliveryAddress } from "@ocop/domain/address"
import type { FieldErrorCode } from "./form-state"

/** A delivery address kept in the customer's address book (province, commune or ward, street). */
export type SavedAddress = {
  id: string
  fullName: string
  phone: string
  provinceCode: string
  provinceName: string
  wardCode: string
  wardName: string
  /** the former district, kept as a label: "Huyện Bố Trạch" */
  legacyDistrict: string
  street: string
}

/** A customer address as the store API answers it. */
export type StoreCustomerAddress = {
  id: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  city: string | null
  province: string | null
  metadata: Record<string, unknown> | null
}

/** Whether two addresses deliver to the same person at the same place (the book holds it already). */
export function isSameAddress(one: Pick<SavedAddress, "fullName" | "phone" | "wardCode" | "street">, other: Pick<SavedAddress, "fullName" | "phone" | "wardCode" | "street">): boolean {
  return (
    one.wardCode === other.wardCode &&
    one.street.trim().toLowerCase() === other.street.trim().toLowerCase() &&
    one.fullName.trim() === other.fullName.trim() &&
    one.phone === other.phone
  )
}

/** The fields of the address form. */
export type AddressField = "fullName" | "phone" | "provinceCode" | "wardCode" | "street"

const metaText = (metadata: Record<string, unknown> | null, key: string): string => {
  const value = metadata?.[key]
  return typeof value === "string" ? value : ""
}

/** A store address as the address book shows it; the unit codes live in its metadata. */
export function reshapeAddress(address: StoreCustomerAddress): SavedAddress {
  return {
    id: address.id,
    fullName: [address.last_name, address.first_name].filter(Boolean).join(" "),
    phone: address.phone ?? "",
    provinceCode: metaText(address.metadata, "province_code"),
    provinceName: address.province ?? "",
    wardCode: metaText(address.metadata, "ward_code"),
    wardName: address.city ?? "",
    legacyDistrict: metaText(address.metadata, "legacy_district"),
    street: address.address_1 ?? "",
  }
}

/**
 * A checked address in the store API's shape, as the checkout writes a delivery address: the
 * full name in `first_name`, street, ward and province names, and the unit codes in metadata.
 */
export function toStoreAddress(address: DeliveryAddress) {
  return {
    first_name: address.fullName,
    last_name: "",
    phone: address.phone,
    address_1: address.street,
    city: address.wardName,
    province: address.provinceName,
    country_code: "vn",
    metadata: { province_code: address.provinceCode, ward_code: address.wardCode, legacy_district: address.legacyDistrict },
  }
}

/** The address form's fields as a saved address fills them. */
export function addressFormValues(address: SavedAddress): Record<AddressField, string> {
  const { fullName, phone, provinceCode, wardCode, street } = address
  return { fullName, phone, provinceCode, wardCode, street }
}

/** The domain's address problems as the form's field messages; the first problem of a field wins. */
export function addressFieldErrors(problems: AddressProblem[]): Partial<Record<AddressField, FieldErrorCode>> {
  const errors: Partial<Record<AddressField, FieldErrorCode>> = {}
  for (const problem of problems) {
    errors[problem.field] ??= fieldError(problem)
  }
  return errors
}

function fieldError(problem: AddressProblem): FieldErrorCode {
  switch (problem.field) {
    case "fullName":
      return problem.code === "required" ? "nameRequired" : "tooLong"
    case "phone":
      return problem.code === "required" ? "phoneRequired" : "phoneInvalid"
    case "provinceCode":
      return "provinceRequired"
    case "wardCode":
      return problem.code === "other_province" ? "wardOtherProvince" : "wardRequired"
    case "street":
      return problem.code === "required" ? "streetRequired" : "tooLong"
  }
}
