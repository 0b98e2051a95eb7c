"use server"

import type { AreaOption } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"

/** Lists the province's district-level areas, as products' origins and showrooms name them. */
export async function listAreas(): Promise<BackendResult<AreaOption[]>> {
  return callBackend("list areas", async (sdk, signal) => {
    const { areas } = await sdk.client.fetch<{ areas: AreaOption[] }>("/store/ocop/areas", {
      signal,
      next: { tags: [CACHE_TAGS.areas], revalidate: 3600 },
    })
    return areas
  })
}
