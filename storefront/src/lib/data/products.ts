"use server"

import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"

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
