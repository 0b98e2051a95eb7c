"use server"

import { legacyDistrictLabel, listWards, VN_PROVINCES } from "@ocop/domain/address"

/** A choice in an address form's province or ward list; a ward carries its old district as a label. */
export type UnitOption = { code: string; name: string; legacyDistrict?: string }

/**
 * The 34 provinces for an address form. The unit tables live on the server (270 kB): the
 * browser only receives the list it shows.
 */
export async function listProvinceOptions(): Promise<UnitOption[]> {
  return VN_PROVINCES.map(({ code, name }) => ({ code, name }))
}

/** The communes and wards of one province, each with the district it belonged to before 2025. */
export async function listWardOptions(provinceCode: string): Promise<UnitOption[]> {
  return listWards(provinceCode).map((ward) => ({ code: ward.code, name: ward.name, legacyDistrict: legacyDistrictLabel(ward) }))
}
