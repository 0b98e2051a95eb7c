/**
 * The product search contract: the index `POST /store/search` answers for, what each hit holds,
 * and which fields a shopper may filter, facet and sort on. The backend defines the index from
 * these names and the storefront builds its queries from them.
 */

/** The name of the product index, as `entity` in a `/store/search` query. */
export const PRODUCT_SEARCH_INDEX = "product"

/** A product as a search hit returns it. */
export type ProductSearchHit = {
  id: string
  handle: string
  title: string
  title_en?: string
  description?: string
  description_en?: string
  thumbnail?: string
  producer_name?: string
  producer_handle?: string
  producer_type?: string
  origin_commune?: string
  origin_legacy_district?: string
  origin_province?: string
  area_code?: string
  group_code?: string
  /** Only while the certification is in force: an expired or revoked one shows no stars. */
  star_level?: number
  certification_status: "valid" | "expiring" | "expired" | "revoked" | "unknown" | "none"
  /** The last day the stars are valid, as a number `YYYYMMDD`. */
  star_valid_until?: number
  /** Handles of the showrooms holding at least one unit. */
  showrooms: string[]
  in_stock: boolean
  /** The lowest variant price, in whole đồng. */
  price?: number
  created_at: string
}

/** Fields a shopper may filter and facet on. */
export const PRODUCT_SEARCH_FACETS = ["star_level", "group_code", "area_code", "producer_type", "showrooms", "in_stock", "price"] as const
export type ProductSearchFacet = (typeof PRODUCT_SEARCH_FACETS)[number]

/** Fields a shopper may filter on: the facets plus the producer. */
export const PRODUCT_SEARCH_FILTERS = [...PRODUCT_SEARCH_FACETS, "producer_handle"] as const

/** The sorts a shopper can choose, as `pagination.order`; every one ends on a unique key. */
export const PRODUCT_SEARCH_SORTS = {
  relevance: { _score: "DESC", id: "ASC" },
  price_asc: { price: "ASC", id: "ASC" },
  price_desc: { price: "DESC", id: "ASC" },
  stars: { star_level: "DESC", sort_title: "ASC", id: "ASC" },
  newest: { created_at: "DESC", id: "ASC" },
  title: { sort_title: "ASC", id: "ASC" },
} as const satisfies Record<string, Record<string, "ASC" | "DESC">>
export type ProductSearchSort = keyof typeof PRODUCT_SEARCH_SORTS

/** Fields that may appear in `pagination.order`. */
export const PRODUCT_SEARCH_SORT_FIELDS = ["_score", "id", "price", "star_level", "created_at", "sort_title"] as const

/** The price bands shoppers pick from, in đồng (`to` is exclusive). */
export const PRICE_RANGES = [
  { key: "under-100k", to: 100_000 },
  { key: "100k-200k", from: 100_000, to: 200_000 },
  { key: "200k-500k", from: 200_000, to: 500_000 },
  { key: "500k-plus", from: 500_000 },
] as const satisfies ReadonlyArray<{ key: string; from?: number; to?: number }>

/** The longest free-text query the shop accepts. */
export const MAX_SEARCH_QUERY_LENGTH = 200
