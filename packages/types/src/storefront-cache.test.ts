import { describe, expect, it } from "vitest"
import { STOREFRONT_CACHE_TAGS, isStorefrontCacheTag, productCacheTag } from "./storefront-cache"

describe("storefront cache tags", () => {
  it("names one product's reads by its handle", () => {
    expect(productCacheTag("nuoc-mam-chay-tuan-linh")).toBe("product:nuoc-mam-chay-tuan-linh")
    expect(isStorefrontCacheTag(productCacheTag("nuoc-mam-chay-tuan-linh"))).toBe(true)
  })

  it("knows the shared tags and nothing else", () => {
    for (const tag of Object.values(STOREFRONT_CACHE_TAGS)) {
      expect(isStorefrontCacheTag(tag)).toBe(true)
    }
    expect(isStorefrontCacheTag("everything")).toBe(false)
    expect(isStorefrontCacheTag("product:")).toBe(false)
    expect(isStorefrontCacheTag("product:has space")).toBe(false)
    expect(isStorefrontCacheTag(`product:${"a".repeat(241)}`)).toBe(false)
  })
})
