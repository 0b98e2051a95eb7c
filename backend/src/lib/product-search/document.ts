import { certificationExpiry, foldVietnamese } from "@ocop/domain"
import type { ProductSearchHit, ShowroomStock } from "@ocop/types"
import { currentCertification, toCertificationView } from "../../api/views/certification-view"
import { OCOP_PRODUCT_FIELDS, productOrigin, type OcopProductRecord } from "../../api/views/ocop-product-card"

/** What the product index stores: the hit plus the fields only the index uses. */
export type ProductSearchDocument = ProductSearchHit & {
  folded_text: string
  sort_title: string
  status: string
  sales_channel_ids: string[]
}

/** A product as `query.graph` returns it with {@link PRODUCT_SEARCH_GRAPH_FIELDS}. */
export type ProductSearchRecord = Omit<OcopProductRecord, "variants"> & {
  description?: string | null
  status: string
  created_at: Date | string
  metadata?: Record<string, unknown> | null
  sales_channels?: Array<{ id: string } | null> | null
  variants?: Array<{ id: string; prices?: Array<{ amount: number | string; currency_code: string } | null> | null } | null> | null
}

/** The `query.graph` fields a search document is built from: a card's, with raw prices (no pricing context). */
export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  ...OCOP_PRODUCT_FIELDS.filter((field) => !field.startsWith("variants.calculated_price")),
  "description",
  "created_at",
  "metadata",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

/** `2027-03-05` → `20270305`, so dates can be compared as numbers in the index. */
export function dateNumber(isoDate: string): number {
  return Number(isoDate.replaceAll("-", ""))
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined
}

/**
 * The search document for a product as it reads on `today`: its stars only while the current
 * certification is in force, the showrooms holding it, and its lowest price in đồng.
 */
export function toProductSearchDocument(record: ProductSearchRecord, stock: ShowroomStock[], today: string): ProductSearchDocument {
  const ocop = record.ocop_product
  const producer = record.producer
  // the certification in force, else a revoked one: a shopper is told the stars were withdrawn
  const current = currentCertification(ocop?.certifications) ?? ocop?.certifications?.find((certification) => certification?.state === "revoked") ?? null
  const view = current ? toCertificationView(current, today) : null
  const { commune, legacyDistrict, areaCode } = productOrigin(record)
  const prices = (record.variants ?? []).flatMap((variant) =>
    (variant?.prices ?? []).flatMap((price) => (price && price.currency_code.toLowerCase() === "vnd" ? [Number(price.amount)] : []))
  )
  const titleEn = text(record.metadata?.title_en)
  const descriptionEn = text(record.metadata?.description_en)
  const vietnamese = [record.title, record.description, producer?.name, commune, legacyDistrict, producer?.province].filter(Boolean).join(" ")
  const showrooms = stock.filter((entry) => entry.quantity > 0).map((entry) => entry.showroomHandle)
  const document: ProductSearchDocument = {
    id: record.id,
    handle: record.handle ?? record.id,
    title: record.title ?? "",
    title_en: titleEn,
    description: text(record.description),
    description_en: descriptionEn,
    thumbnail: text(record.thumbnail),
    producer_name: producer?.name,
    producer_handle: producer?.handle,
    producer_type: producer?.type ?? undefined,
    origin_commune: commune ?? undefined,
    origin_legacy_district: legacyDistrict ?? undefined,
    origin_province: producer?.province ?? undefined,
    area_code: areaCode ?? undefined,
    group_code: view?.groupCode,
    star_level: view?.showsBadge && view.starLevel !== null ? view.starLevel : undefined,
    certification_status: view ? view.status : "none",
    star_valid_until: view?.showsBadge && current?.decision_date ? dateNumber(certificationExpiry(current.decision_date)) : undefined,
    showrooms: [...new Set(showrooms)].sort(),
    in_stock: showrooms.length > 0,
    price: prices.length ? Math.min(...prices) : undefined,
    created_at: new Date(record.created_at).toISOString(),
    folded_text: foldVietnamese(vietnamese),
    sort_title: foldVietnamese(record.title ?? ""),
    status: record.status,
    sales_channel_ids: (record.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
  }
  return Object.fromEntries(Object.entries(document).filter(([, value]) => value !== undefined)) as ProductSearchDocument
}
