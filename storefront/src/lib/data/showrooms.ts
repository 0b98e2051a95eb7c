"use server"

import type { ShowroomSummary } from "@ocop/types"
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
