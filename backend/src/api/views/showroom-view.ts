import type { ShowroomSummary } from "@ocop/types"

/** The columns of showroom a view needs. */
export type ShowroomRecord = {
  id: string
  handle: string
  name: string
  level: string
  area_code: string
  province: string
  commune: string | null
  street: string | null
  legacy_district: string | null
  phone: string
  opening_hours: { slots?: ShowroomSummary["openingHours"] } | null
  opening_hours_text: string | null
  latitude: number | null
  longitude: number | null
  demo: boolean
}

/** Every showroom column a view needs, for `query.graph` (optionally under a prefix). */
export function showroomFields(prefix?: string): string[] {
  const fields = ["id", "handle", "name", "level", "area_code", "province", "commune", "street", "legacy_district", "phone", "opening_hours", "opening_hours_text", "latitude", "longitude", "demo"]
  return prefix ? fields.map((field) => `${prefix}.${field}`) : fields
}

/** A showroom as the shop shows it. */
export function toShowroomSummary(record: ShowroomRecord): ShowroomSummary {
  return {
    id: record.id,
    handle: record.handle,
    name: record.name,
    level: record.level as ShowroomSummary["level"],
    areaCode: record.area_code,
    province: record.province,
    commune: record.commune,
    street: record.street,
    legacyDistrict: record.legacy_district,
    phone: record.phone,
    openingHours: record.opening_hours?.slots ?? [],
    openingHoursText: record.opening_hours_text,
    latitude: record.latitude,
    longitude: record.longitude,
    demo: record.demo,
  }
}
