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
      next: { tags: [CACHE_TAGS.productListings], revalidate: 60 },
    })
    return products.map(toProductCard)
  })
}

/** A published product's handle and when it last changed, as the sitemap lists it. */
export type ProductHandle = { handle: string; updatedAt: string | null }

type StoreProductHandleListResponse = {
  products: Array<{ handle: string | null; updated_at: string | null }>
  count: number
}

const HANDLE_PAGE_SIZE = 100
// A bound on paging, so a backend that miscounts cannot keep the sitemap busy forever.
const MAX_HANDLE_PAGES = 200

/** Lists the handle of every product the shop sells, paging through the store API. */
export async function listProductHandles(): Promise<BackendResult<ProductHandle[]>> {
  return callBackend("list product handles", async (sdk, signal) => {
    const handles: ProductHandle[] = []
    for (let page = 0; page < MAX_HANDLE_PAGES; page++) {
      const { products, count } = await sdk.client.fetch<StoreProductHandleListResponse>("/store/products", {
        query: { fields: "handle,updated_at", limit: HANDLE_PAGE_SIZE, offset: page * HANDLE_PAGE_SIZE, order: "handle" },
        signal,
        next: { tags: [CACHE_TAGS.productListings], revalidate: 600 },
      })
      for (const product of products) {
        if (product.handle) {
          handles.push({ handle: product.handle, updatedAt: product.updated_at })
        }
      }
      if (products.length < HANDLE_PAGE_SIZE || (page + 1) * HANDLE_PAGE_SIZE >= count) {
        break
      }
    }
    return handles
  })
}
