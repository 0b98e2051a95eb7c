import { foldVietnamese } from "../text/fold-vietnamese"
import { PROVINCE_ROWS, WARD_ROWS } from "./administrative-units.data"

/** A province-level unit after the 2025 reform (34 in all: 28 provinces and 6 cities). */
export type Province = { code: string; name: string }

/** A commune, ward or special zone (the level below the province since 1 July 2025). */
export type Ward = {
  code: string
  name: string
  provinceCode: string
  /** The districts (with their old provinces) it was carved from, kept as a label: "Huyện Bố Trạch, Tỉnh Quảng Bình". */
  legacyDistricts: string[]
}

const byName = (a: { name: string }, b: { name: string }) => foldVietnamese(a.name).localeCompare(foldVietnamese(b.name))

/** The 34 provinces and centrally-run cities, in Vietnamese alphabetical order. */
export const VN_PROVINCES: readonly Province[] = PROVINCE_ROWS.map(([code, name]) => ({ code, name })).sort(byName)

const provinceByCode = new Map(VN_PROVINCES.map((province) => [province.code, province]))
const wardByCode = new Map<string, Ward>()
const wardsByProvince = new Map<string, Ward[]>()
for (const [code, name, provinceCode, legacy] of WARD_ROWS) {
  const ward = { code, name, provinceCode, legacyDistricts: legacy ? legacy.split("|") : [] }
  wardByCode.set(code, ward)
  wardsByProvince.set(provinceCode, [...(wardsByProvince.get(provinceCode) ?? []), ward])
}
for (const wards of wardsByProvince.values()) wards.sort(byName)

/** The province with this code, or `null`. */
export function findProvince(code: string): Province | null {
  return provinceByCode.get(code) ?? null
}

/** The communes and wards of a province in alphabetical order; none for an unknown code. */
export function listWards(provinceCode: string): readonly Ward[] {
  return wardsByProvince.get(provinceCode) ?? []
}

/** The commune or ward with this code, or `null`. */
export function findWard(code: string): Ward | null {
  return wardByCode.get(code) ?? null
}

/** The former district(s) of a ward as one label, without the province: "Huyện Bố Trạch". */
export function legacyDistrictLabel(ward: Ward): string {
  return [...new Set(ward.legacyDistricts.map((entry) => entry.split(", ")[0]))].join(", ")
}
