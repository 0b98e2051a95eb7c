import { toSlug } from "@ocop/domain"
import type { SeedAddress, SeedArea } from "./seed-types"
import type { SourceDistrict } from "./source-data"

/** The province since the 2025 reform merged Quảng Bình into it (2025-07-01). */
export const PROVINCE = "Quảng Trị"

/** The province every place of the data belonged to before the reform. */
export const LEGACY_PROVINCE = "Quảng Bình"

const UNIT_PREFIX = /^(?:Xã|Phường|Thị trấn) /

/** A commune's name without its unit: "Xã Sơn Lộc" → "Sơn Lộc", the way the data's products write it. */
export function bareCommuneName(name: string): string {
  return name.replace(UNIT_PREFIX, "")
}

/** The area code of a pre-reform district-level area: "Bố Trạch" → "bo-trach". */
export function areaCode(districtName: string): string {
  return toSlug(districtName)
}

/** A district-level area of the data as the seed creates it. */
export function toSeedArea(district: SourceDistrict): SeedArea {
  return { code: areaCode(district.name), name: district.name, fullName: district.full_name, type: district.type }
}

/**
 * The 2025 commune or ward that took over a pre-reform commune (both written bare), from the data's
 * `communes_2025_03`. Throws when the district has no such commune, so made-up places cannot slip in.
 */
export function successorCommune(districts: SourceDistrict[], districtName: string, legacyCommune: string): string {
  const district = districts.find((candidate) => candidate.name === districtName)
  const commune = district?.communes_2025_03.find((candidate) => bareCommuneName(candidate.name) === legacyCommune)
  const [successor, ...others] = commune?.after_2025_07_01 ?? []
  if (!successor || others.length) {
    throw new RangeError(`No single 2025 successor for commune "${legacyCommune}" of "${districtName}" in the data`)
  }
  return bareCommuneName(successor)
}

/** An address in today's province that keeps the pre-reform district and commune as labels. */
export function seedAddress(place: {
  commune: string | null
  legacyDistrict: string | null
  legacyCommune: string | null
  street?: string | null
}): SeedAddress {
  return {
    province: PROVINCE,
    commune: place.commune,
    legacyProvince: LEGACY_PROVINCE,
    legacyDistrict: place.legacyDistrict,
    legacyCommune: place.legacyCommune,
    street: place.street ?? null,
  }
}
