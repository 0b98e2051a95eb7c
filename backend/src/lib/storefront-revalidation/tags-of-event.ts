import type { Event, RemoteQueryFunction } from "@medusajs/framework/types"
import { STOREFRONT_CACHE_TAGS, productCacheTag } from "@ocop/types"
import { OcopEvents } from "../ocop-events"
import { PRODUCT_SEARCH_EVENTS, productIdsOfEvent } from "../product-search/events"

type Query = Pick<RemoteQueryFunction, "graph">

/**
 * The events after which the storefront's cached pages may be stale: those the product search
 * index follows (products, variants, stock, our OCOP events). A price set in the admin arrives as
 * `product-variant.updated`: Medusa's pricing module emits no events of its own.
 */
export const STOREFRONT_REVALIDATION_EVENTS: string[] = PRODUCT_SEARCH_EVENTS

function ids(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((entry): entry is string => typeof entry === "string" && entry.length > 0)
}

/** Tags that are not about one product but change with this event. */
function sharedTags(eventName: string): string[] {
  switch (eventName) {
    case OcopEvents.PRODUCER_UPDATED:
    case OcopEvents.PRODUCT_PRODUCER_CHANGED:
      return [STOREFRONT_CACHE_TAGS.producers]
    case OcopEvents.SHOWROOM_UPDATED:
    case OcopEvents.SHOWROOM_STOCKED:
      return [STOREFRONT_CACHE_TAGS.showrooms]
    default:
      return []
  }
}

/**
 * The storefront cache tags an event makes stale: each product it is about (by handle, deleted
 * ones included), every product listing, and producers or showrooms when they changed.
 */
export async function storefrontTagsOfEvent(event: Event, query: Query): Promise<string[]> {
  const productIdList = [...new Set(await productIdsOfEvent(event, query))]
  const tags = sharedTags(event.name)
  if (productIdList.length) {
    const { data: products } = (await query.graph({ entity: "product", fields: ["handle"], filters: { id: productIdList }, withDeleted: true })) as {
      data: Array<{ handle?: string | null }>
    }
    tags.push(STOREFRONT_CACHE_TAGS.productListings, ...products.flatMap((product) => ids(product.handle).map(productCacheTag)))
  }
  return [...new Set(tags)]
}
