import { toProductCard, type OcopProductCard, type Origin, type StoreProductCardSource } from "@ocop/types"
import { certificationFields, currentCertification, toCertificationView, type CertificationRecord } from "./certification-view"
import type { ProducerRecord } from "./producer-view"

/** A product as `query.graph` returns it with {@link ocopProductFields}. */
export type OcopProductRecord = StoreProductCardSource & {
  status?: string
  ocop_product?: {
    origin_commune: string | null
    origin_legacy_district: string | null
    origin_legacy_commune: string | null
    origin_area_code: string | null
    origin_inferred: boolean
    fictional: boolean
    certifications?: Array<CertificationRecord | null> | null
  } | null
  producer?: Pick<ProducerRecord, "id" | "handle" | "name" | "type" | "province" | "commune" | "legacy_district" | "legacy_commune" | "area_code"> | null
}

/** `query.graph` fields for a product card with its OCOP facts. */
export const OCOP_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "status",
  "variants.id",
  "variants.calculated_price.*",
  "ocop_product.origin_commune",
  "ocop_product.origin_legacy_district",
  "ocop_product.origin_legacy_commune",
  "ocop_product.origin_area_code",
  "ocop_product.origin_inferred",
  "ocop_product.fictional",
  ...certificationFields("ocop_product.certifications"),
  ...["id", "handle", "name", "type", "province", "commune", "legacy_district", "legacy_commune", "area_code"].map((field) => `producer.${field}`),
]

/** Where a product comes from: its own place when a source gives one, otherwise its producer's. */
export function productOrigin(record: Pick<OcopProductRecord, "ocop_product" | "producer">): Origin {
  const ocop = record.ocop_product
  const producer = record.producer
  const own = Boolean(ocop?.origin_legacy_district || ocop?.origin_commune)
  return {
    province: producer?.province ?? null,
    commune: own ? ocop?.origin_commune ?? null : producer?.commune ?? null,
    legacyDistrict: own ? ocop?.origin_legacy_district ?? null : producer?.legacy_district ?? null,
    legacyCommune: own ? ocop?.origin_legacy_commune ?? null : producer?.legacy_commune ?? null,
    areaCode: own ? ocop?.origin_area_code ?? null : producer?.area_code ?? null,
    inferred: own ? Boolean(ocop?.origin_inferred) : false,
  }
}

/** A product card with its current certification (as it reads today), producer and origin. */
export function toOcopProductCard(record: OcopProductRecord, today: string): OcopProductCard {
  const ocop = record.ocop_product
  const producer = record.producer
  const current = currentCertification(ocop?.certifications)
  return {
    ...toProductCard(record),
    certification: current ? toCertificationView(current, today) : null,
    producer: producer ? { id: producer.id, handle: producer.handle, name: producer.name, type: producer.type } : null,
    origin: productOrigin(record),
    fictional: Boolean(ocop?.fictional),
  }
}
