import type { Event, RemoteQueryFunction } from "@medusajs/framework/types"
import { OcopEvents } from "../ocop-events"
import { stockAtShowrooms } from "../../api/views/showroom-stock"

type Query = Pick<RemoteQueryFunction, "graph">
type Rows<T> = { data: T[] }

/** The events that change what the product index holds about a product. */
export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  ...Object.values(OcopEvents),
]

function ids(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((entry): entry is string => typeof entry === "string" && entry.length > 0)
}

/** One column of the given rows, deleted ones included (the event may be about a deletion). */
async function column(query: Query, entity: string, field: string, rowIds: string[]): Promise<string[]> {
  const { data } = (await query.graph({ entity, fields: [field], filters: { id: rowIds }, withDeleted: true })) as Rows<Record<string, string>>
  return data.map((row) => row[field]!)
}

async function productsOfInventoryItems(query: Query, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) {
    return []
  }
  const { data } = (await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: inventoryItemIds },
    withDeleted: true,
  })) as Rows<{ variants?: Array<{ product_id: string } | null> | null }>
  return data.flatMap((item) => (item.variants ?? []).flatMap((variant) => (variant ? [variant.product_id] : [])))
}

/** The products an event is about, read back through `query.graph` where the event names something else. */
export async function productIdsOfEvent(event: Event, query: Query): Promise<string[]> {
  const data = (event.data ?? {}) as Record<string, unknown>
  switch (event.name) {
    case "product-variant.created":
    case "product-variant.updated":
    case "product-variant.deleted":
      return column(query, "variant", "product_id", ids(data.id))
    case "inventory-level.created":
    case "inventory-level.updated":
    case "inventory-level.deleted":
      return productsOfInventoryItems(query, await column(query, "inventory_level", "inventory_item_id", ids(data.id)))
    case "reservation-item.created":
    case "reservation-item.updated":
    case "reservation-item.deleted":
      return productsOfInventoryItems(query, await column(query, "reservation", "inventory_item_id", ids(data.id)))
    case OcopEvents.PRODUCT_OCOP_UPDATED:
    case OcopEvents.PRODUCT_PRODUCER_CHANGED:
      return ids(data.product_id)
    case OcopEvents.CERTIFICATION_REVOKED: {
      const { data: certifications } = (await query.graph({
        entity: "ocop_certification",
        fields: ["ocop_product.product.id"],
        filters: { id: ids(data.id) },
      })) as Rows<{ ocop_product?: { product?: { id: string } | null } | null }>
      return certifications.flatMap((certification) => ids(certification.ocop_product?.product?.id))
    }
    case OcopEvents.PRODUCER_UPDATED: {
      const { data: producers } = (await query.graph({
        entity: "producer",
        fields: ["products.id"],
        filters: { id: ids(data.id) },
      })) as Rows<{ products?: Array<{ id: string } | null> | null }>
      return producers.flatMap((producer) => (producer.products ?? []).flatMap((product) => (product ? [product.id] : [])))
    }
    case OcopEvents.SHOWROOM_UPDATED: {
      const stock = await stockAtShowrooms(query, { showroomIds: ids(data.id) })
      return [...stock.keys()]
    }
    case OcopEvents.SHOWROOM_STOCKED:
      return ids(data.product_ids)
    default:
      return ids(data.id)
  }
}
