"use server"

import { PRODUCT_CARD_FIELDS, toProductCard } from "@ocop/types"
import type { ProductCard, StoreProductCardSource } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"
import { retrieveShopRegion } from "./regions"

type StoreProductListResponse = {
  products: StoreProductCardSource[]
}

/** Lists products as grid cards, priced in the shop's region so every amount is in đồng. */
export async function listProducts({ limit }: { limit: number }): Promise<BackendResult<ProductCard[]>> {
  const region = await retrieveShopRegion()
  if (!region.ok) {
    return region
  }
  return callBackend("list products", async (sdk, signal) => {
    const { products } = await sdk.client.fetch<StoreProductListResponse>("/store/products", {
      query: { fields: PRODUCT_CARD_FIELDS, region_id: region.data.id, limit },
      signal,
      next: { tags: [CACHE_TAGS.products], revalidate: 60 },
    })
    return products.map(toProductCard)
  })
}
