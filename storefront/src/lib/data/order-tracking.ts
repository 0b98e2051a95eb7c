"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { OrderTracking } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"

/**
 * Where an order stands at its showroom (status, pickup code, tracking number), or null when
 * there is no such order. The unguessable order id is the key, as for the confirmation.
 */
export async function retrieveOrderTracking(id: string): Promise<BackendResult<OrderTracking | null>> {
  return callBackend(`retrieve the tracking of order ${id}`, async (sdk, signal) => {
    try {
      const { tracking } = await sdk.client.fetch<{ tracking: OrderTracking }>(`/store/ocop/orders/${encodeURIComponent(id)}/tracking`, { signal, cache: "no-store" })
      return tracking
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) return null
      throw error
    }
  })
}
