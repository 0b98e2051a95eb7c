import type { ProducerSummary } from "@ocop/types"

/** The columns of producer a view needs. */
export type ProducerRecord = {
  id: string
  handle: string
  name: string
  type: string | null
  province: string
  commune: string | null
  legacy_district: string | null
  legacy_commune: string | null
  area_code: string | null
  phone: string | null
  email: string | null
  story_vi: string | null
  story_en: string | null
  logo_url: string | null
  verified: boolean
  fictional: boolean
}

/** Every producer column a view needs, for `query.graph` (optionally under a prefix). */
export function producerFields(prefix?: string): string[] {
  const fields = ["id", "handle", "name", "type", "province", "commune", "legacy_district", "legacy_commune", "area_code", "phone", "email", "story_vi", "story_en", "logo_url", "verified", "fictional"]
  return prefix ? fields.map((field) => `${prefix}.${field}`) : fields
}

/** A producer as the shop shows it. */
export function toProducerSummary(record: ProducerRecord): ProducerSummary {
  return {
    id: record.id,
    handle: record.handle,
    name: record.name,
    type: record.type,
    province: record.province,
    commune: record.commune,
    legacyDistrict: record.legacy_district,
    legacyCommune: record.legacy_commune,
    areaCode: record.area_code,
    phone: record.phone,
    email: record.email,
    storyVi: record.story_vi,
    storyEn: record.story_en,
    logoUrl: record.logo_url,
    verified: record.verified,
    fictional: record.fictional,
  }
}
