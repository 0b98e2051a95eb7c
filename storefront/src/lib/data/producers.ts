"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { ProducerDetail, ProducerSummary } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"

const PAGE_SIZE = 100
// A bound on paging, so a backend that miscounts cannot keep a page busy forever.
const MAX_PAGES = 50

/** Lists producers in Vietnamese alphabetical order: the first `limit`, or every one without it. */
export async function listProducers({ limit }: { limit?: number } = {}): Promise<BackendResult<ProducerSummary[]>> {
  return callBackend("list producers", async (sdk, signal) => {
    const all: ProducerSummary[] = []
    for (let page = 0; page < MAX_PAGES; page++) {
      const size = Math.min(limit ?? PAGE_SIZE, PAGE_SIZE)
      const { producers, count } = await sdk.client.fetch<{ producers: ProducerSummary[]; count: number }>("/store/producers", {
        query: { limit: size, offset: all.length },
        signal,
        next: { tags: [CACHE_TAGS.producers], revalidate: 600 },
      })
      all.push(...producers)
      if (producers.length < size || all.length >= count || (limit !== undefined && all.length >= limit)) {
        break
      }
    }
    return limit === undefined ? all : all.slice(0, limit)
  })
}

/** One producer's profile with the products it sells here; `null` when no producer has this handle. */
export async function retrieveProducer(handle: string): Promise<BackendResult<ProducerDetail | null>> {
  return callBackend(`retrieve producer "${handle}"`, async (sdk, signal) => {
    try {
      const { producer } = await sdk.client.fetch<{ producer: ProducerDetail }>(`/store/producers/${encodeURIComponent(handle)}`, {
        signal,
        next: { tags: [CACHE_TAGS.producers, CACHE_TAGS.productListings], revalidate: 300 },
      })
      return producer
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) {
        return null
      }
      throw error
    }
  })
}
