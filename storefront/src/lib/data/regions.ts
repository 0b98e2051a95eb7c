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
