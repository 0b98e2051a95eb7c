"use server"

import { callBackend, type BackendResult } from "./backend-call"
import { CACHE_TAGS } from "./cache-tags"

/** The region the shop sells in. */
export type ShopRegion = {
  id: string
  name: string
  currencyCode: string
}

type StoreRegionListResponse = {
  regions: Array<{ id: string; name: string | null; currency_code: string | null }>
}

const SHOP_CURRENCY = "vnd"

/** The region priced in đồng (the backend seeds it as "Việt Nam"); prices are calculated in it. */
export async function retrieveShopRegion(): Promise<BackendResult<ShopRegion>> {
  return callBackend("retrieve the shop region", async (sdk, signal) => {
    const { regions } = await sdk.client.fetch<StoreRegionListResponse>("/store/regions", {
      query: { fields: "id,name,currency_code", limit: 100 },
      signal,
      next: { tags: [CACHE_TAGS.regions], revalidate: 3600 },
    })
    const region = regions.find((r) => r.currency_code?.toLowerCase() === SHOP_CURRENCY)
    if (!region) {
      throw new Error(`no region has currency "${SHOP_CURRENCY}"; has the backend been seeded?`)
    }
    return { id: region.id, name: region.name ?? "", currencyCode: SHOP_CURRENCY }
  })
}

/** The payment providers the shop's region offers (cash, bank transfer, and Stripe when the backend has it). */
export async function listRegionPaymentProviders(): Promise<BackendResult<string[]>> {
  const region = await retrieveShopRegion()
  if (!region.ok) {
    return region
  }
  return callBackend("list the region's payment providers", async (sdk, signal) => {
    const { payment_providers } = await sdk.client.fetch<{ payment_providers: Array<{ id: string }> }>("/store/payment-providers", {
      query: { region_id: region.data.id },
      signal,
      next: { tags: [CACHE_TAGS.regions], revalidate: 3600 },
    })
    return payment_providers.map((provider) => provider.id)
  })
}
