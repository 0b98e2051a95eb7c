"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { OcopProductCard, OcopProductDetail } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS, productCacheTag } from "./cache-tags"
import { retrieveShopRegion } from "./regions"

/**
 * One product with its OCOP facts, priced in đồng, and its stock per showroom; `null` when the
 * shop sells no product with this handle.
 */
export async function retrieveOcopProduct(handle: string): Promise<BackendResult<OcopProductDetail | null>> {
  const region = await retrieveShopRegion()
  if (!region.ok) {
    return region
  }
  return callBackend(`retrieve product "${handle}"`, async (sdk, signal) => {
    try {
      const { product } = await sdk.client.fetch<{ product: OcopProductDetail }>(`/store/ocop/products/${encodeURIComponent(handle)}`, {
        query: { region_id: region.data.id },
        signal,
        // Product, price and stock changes expire this tag (the backend's storefront-revalidation
        // subscriber); the short life is the fallback when the backend is not configured to.
        next: { tags: [productCacheTag(handle)], revalidate: 60 },
      })
      return product
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) {
        return null
      }
      throw error
    }
  })
}

/** Filters of the OCOP catalogue, as `/store/ocop/products` takes them. */
export type OcopProductFilters = {
  starLevels?: number[]
  groups?: string[]
  limit: number
}

/**
 * Products with their OCOP facts (certified in force first, 5★ down, then by title), filtered by
 * star level and group, priced in đồng.
 */
export async function listOcopProducts({ starLevels, groups, limit }: OcopProductFilters): Promise<BackendResult<OcopProductCard[]>> {
  const region = await retrieveShopRegion()
  if (!region.ok) {
    return region
  }
  const query = {
    region_id: region.data.id,
    limit,
    ...(starLevels?.length ? { star_level: starLevels.join(",") } : {}),
    ...(groups?.length ? { group: groups.join(",") } : {}),
  }
  return callBackend("list OCOP products", async (sdk, signal) => {
    const { products } = await sdk.client.fetch<{ products: OcopProductCard[] }>("/store/ocop/products", {
      query,
      signal,
      next: { tags: [CACHE_TAGS.productListings], revalidate: 60 },
    })
    return products
  })
}
