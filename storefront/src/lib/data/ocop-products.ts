"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { OcopProductDetail } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"
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
        // Stock changes with every sale: a short life keeps "5 left at …" honest.
        next: { tags: [CACHE_TAGS.products], revalidate: 30 },
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
