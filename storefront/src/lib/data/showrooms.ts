"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { ShowroomDetail, ShowroomSummary } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"

/** Lists the OCOP showrooms, the provincial one first. */
export async function listShowrooms(): Promise<BackendResult<ShowroomSummary[]>> {
  return callBackend("list showrooms", async (sdk, signal) => {
    const { showrooms } = await sdk.client.fetch<{ showrooms: ShowroomSummary[] }>("/store/showrooms", {
      signal,
      next: { tags: [CACHE_TAGS.showrooms], revalidate: 600 },
    })
    return showrooms
  })
}

/** One showroom with the products it holds in stock; `null` when no showroom has this handle. */
export async function retrieveShowroom(handle: string): Promise<BackendResult<ShowroomDetail | null>> {
  return callBackend(`retrieve showroom "${handle}"`, async (sdk, signal) => {
    try {
      const { showroom } = await sdk.client.fetch<{ showroom: ShowroomDetail }>(`/store/showrooms/${encodeURIComponent(handle)}`, {
        signal,
        // Stock changes with every sale, as on the product page.
        next: { tags: [CACHE_TAGS.showrooms, CACHE_TAGS.productListings], revalidate: 30 },
      })
      return showroom
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) {
        return null
      }
      throw error
    }
  })
}
