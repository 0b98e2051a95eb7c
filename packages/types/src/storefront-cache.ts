/**
 * The storefront's cache tags and its revalidation endpoint: the backend tells the storefront
 * which cached reads a change made stale, so both apps must spell the tags the same way.
 */

/** Tags of cached reads that are not about one product. */
export const STOREFRONT_CACHE_TAGS = {
  /** Every list of products: home, catalogue, group, related products, sitemap. */
  productListings: "product-listings",
  producers: "producers",
  showrooms: "showrooms",
  regions: "regions",
  areas: "areas",
} as const

const PRODUCT_TAG_PREFIX = "product:"

/** The tag of one product's own reads (its page and its traceability page), by handle. */
export function productCacheTag(handle: string): string {
  return `${PRODUCT_TAG_PREFIX}${handle}`
}

/** Where the storefront takes revalidation requests (`POST`, `Authorization: Bearer <secret>`). */
export const STOREFRONT_REVALIDATE_PATH = "/api/revalidate"

/** The most tags one revalidation request may name. */
export const MAX_REVALIDATE_TAGS = 200

/** The body of a revalidation request. */
export type StorefrontRevalidateRequest = {
  tags: string[]
}

const KNOWN_TAGS = new Set<string>(Object.values(STOREFRONT_CACHE_TAGS))
// Next.js refuses tags longer than 256 characters.
const PRODUCT_TAG = /^product:\S{1,240}$/

/** Whether a tag is one the storefront puts on its reads. */
export function isStorefrontCacheTag(tag: string): boolean {
  return KNOWN_TAGS.has(tag) || PRODUCT_TAG.test(tag)
}
