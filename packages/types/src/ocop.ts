/** How a certification reads to a shopper or staff member, derived on the server for "today". */
export type CertificationView = {
  id: string
  /** 1–5, or null when the source publishes no exact level ("OCOP, star level not published") */
  starLevel: number | null
  starsMin: number | null
  groupCode: string
  score: number | null
  decisionNumber: string | null
  /** YYYY-MM-DD */
  decisionDate: string | null
  /** the source gave only the year */
  decisionDateApproximate: boolean
  awardingLevel: "district" | "province" | "central" | null
  /** YYYY-MM-DD, decision date + 36 months; null without a decision date */
  expiresOn: string | null
  /** valid, expiring (within 90 days), expired; revoked when withdrawn; unknown without a date */
  status: "valid" | "expiring" | "expired" | "revoked" | "unknown"
  /** only a certified level (3–5) in force shows a star badge */
  showsBadge: boolean
  state: "current" | "superseded" | "revoked"
  /** why and when a revoked certification was withdrawn */
  revocationReason: string | null
  revokedAt: string | null
  note: string | null
  sourceUrl: string | null
}

/** Where a product comes from: its own override, else its producer's place. */
export type Origin = {
  province: string | null
  commune: string | null
  legacyDistrict: string | null
  legacyCommune: string | null
  areaCode: string | null
  inferred: boolean
}

/** A producer as the shop shows it. */
export type ProducerSummary = {
  id: string
  handle: string
  name: string
  type: string | null
  province: string
  commune: string | null
  legacyDistrict: string | null
  legacyCommune: string | null
  areaCode: string | null
  phone: string | null
  email: string | null
  storyVi: string | null
  storyEn: string | null
  logoUrl: string | null
  verified: boolean
  fictional: boolean
}

/** A showroom as the shop shows it. */
export type ShowroomSummary = {
  id: string
  handle: string
  name: string
  level: "provincial" | "district"
  areaCode: string
  province: string
  commune: string | null
  street: string | null
  legacyDistrict: string | null
  phone: string
  openingHours: Array<{ days: string; opens: string; closes: string }>
  openingHoursText: string | null
  latitude: number | null
  longitude: number | null
  demo: boolean
}

/** A product with its OCOP facts, as `/store/ocop/products` and producer pages list it. */
export type OcopProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: number | null
  currencyCode: string | null
  certification: CertificationView | null
  producer: Pick<ProducerSummary, "id" | "handle" | "name" | "type"> | null
  origin: Origin
  fictional: boolean
}

/** One product as `/store/ocop/products/:handle` answers: the card, its story, its facts' history and stock. */
export type OcopProductDetail = OcopProductCard & {
  description: string | null
  subtitle: string | null
  metadata: Record<string, unknown> | null
  /** Every picture of the product, in the order staff arranged them. */
  images: ProductImage[]
  /** What can be put in the cart: one variant per pack, in the order staff arranged them. */
  variants: Array<{ id: string; title: string }>
  /** Where the OCOP facts come from: every source address of its certifications, each once. */
  sources: string[]
  /** Every certification the product has held, newest decision first. */
  certificationHistory: CertificationView[]
  producerProfile: ProducerSummary | null
  /** Only the showrooms holding at least one unit. */
  availability: ShowroomStock[]
}

/** A producer's page, as `/store/producers/:handle` answers: the profile and what it sells here. */
export type ProducerDetail = ProducerSummary & { products: OcopProductCard[] }

/** A showroom's page, as `/store/showrooms/:handle` answers: the showroom and what it holds, by title. */
export type ShowroomDetail = ShowroomSummary & { stock: Array<{ product: OcopProductCard; quantity: number }> }

/** One picture of a product. */
export type ProductImage = { id: string; url: string }

/** Units in stock at one showroom. */
export type ShowroomStock = { showroomId: string; showroomHandle: string; showroomName: string; quantity: number }

/** Reference data for filters. */
export type ProductGroupOption = { code: string; nameVi: string; nameEn: string; sellable: boolean }
export type AreaOption = { code: string; name: string; fullName: string; type: string }
