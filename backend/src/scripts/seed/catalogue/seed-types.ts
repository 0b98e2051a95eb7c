/** A district-level area of Quảng Bình as it was before the 2025 reform (city, town or district). */
export type SeedArea = {
  /** toSlug of the name, e.g. "bo-trach" */
  code: string
  /** "Bố Trạch" */
  name: string
  /** "Huyện Bố Trạch" */
  fullName: string
  /** city | town | district, as in the data */
  type: string
}

/** An address after the 2025 reform, with the pre-reform district and commune kept as labels. */
export type SeedAddress = {
  /** "Quảng Trị" (since 2025-07-01) */
  province: string
  /** 2025 commune or ward, without "Xã"/"Phường", as the data writes it */
  commune: string | null
  /** "Quảng Bình" */
  legacyProvince: string
  legacyDistrict: string | null
  legacyCommune: string | null
  street: string | null
}

/** An OCOP producer ("chủ thể OCOP"), real (from a source) or fictional (demo). */
export type SeedProducer = {
  handle: string
  name: string
  /** null: the source does not state it */
  type: "cooperative" | "cooperative_group" | "enterprise" | "household_business" | null
  address: SeedAddress
  phone: string | null
  email: string | null
  storyVi: string | null
  storyEn: string | null
  fictional: boolean
  /** which fields are demo values */
  demoFields: string[]
  sourceUrls: string[]
}

/** A product's current OCOP certification as far as the sources (or, if fictional, the demo) say. */
export type SeedCertification = {
  /** null: "OCOP, star level not published" */
  starLevel: 1 | 2 | 3 | 4 | 5 | null
  starsMin: number | null
  groupCode: "food" | "beverages" | "herbal" | "handicrafts" | "ornamental" | "tourism"
  /** only where a source (or, for fictional products, the demo) states one */
  score: number | null
  decisionNumber: string | null
  /** YYYY-MM-DD */
  decisionDate: string | null
  /** true when the source gives only the year: then 31 December of that year */
  decisionDateApproximate: boolean
  /** null when not established by the source, e.g. a provincial score whose national certificate is not confirmed */
  awardingLevel: "district" | "province" | "central" | null
  /** stars_note and any caveat, in English as in the data */
  note: string | null
  sourceUrl: string | null
  extraSources: string[]
}

/** A product of the demo shop: facts from the data joined with demo values (price, pack, stock). */
export type SeedProduct = {
  /** unique slug */
  handle: string
  titleVi: string
  titleEn: string
  /** null: the source names no producer */
  producerHandle: string | null
  origin: { commune: string | null; legacyDistrict: string | null; legacyCommune: string | null; inferred: boolean }
  certification: SeedCertification
  fictional: boolean
  priceVnd: number
  pack: string
  weightGrams: number
  descriptionVi: string
  descriptionEn: string
  /** showroom handle → units */
  stock: Record<string, number>
}

/** A showroom where OCOP products are shown and sold; every one is demo data. */
export type SeedShowroom = {
  handle: string
  name: string
  level: "provincial" | "district"
  areaCode: string
  address: SeedAddress
  phone: string
  openingHours: Array<{ days: string; opens: string; closes: string }>
  openingHoursText: string
  latitude: number
  longitude: number
}

/** Everything the seed script creates for the demo shop. */
export type SeedCatalogue = {
  areas: SeedArea[]
  producers: SeedProducer[]
  products: SeedProduct[]
  showrooms: SeedShowroom[]
}
