import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ShowroomStock } from "@ocop/types"

type ShowroomLocation = { id: string; handle: string; name: string; stock_location?: { id: string } | null }

/**
 * Units available (stocked minus reserved) per product at the showrooms that hold some: for the
 * given products (all when none are given), at the given showrooms (all when none are given).
 */
export async function stockAtShowrooms(
  query: Pick<RemoteQueryFunction, "graph">,
  scope: { productIds?: string[]; showroomIds?: string[] } = {}
): Promise<Map<string, ShowroomStock[]>> {
  const { productIds, showroomIds } = scope
  const { data: showrooms } = await query.graph({
    entity: "showroom",
    fields: ["id", "handle", "name", "stock_location.id"],
    ...(showroomIds ? { filters: { id: showroomIds } } : {}),
  })
  const byLocation = new Map((showrooms as ShowroomLocation[]).flatMap((showroom) => (showroom.stock_location ? [[showroom.stock_location.id, showroom] as const] : [])))
  if (!byLocation.size) {
    return new Map()
  }
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["product_id", "inventory_items.inventory_item_id"],
    ...(productIds ? { filters: { product_id: productIds } } : {}),
  })
  const productOfItem = new Map<string, string>()
  for (const variant of variants as Array<{ product_id: string; inventory_items?: Array<{ inventory_item_id: string } | null> }>) {
    for (const item of variant.inventory_items ?? []) {
      if (item) {
        productOfItem.set(item.inventory_item_id, variant.product_id)
      }
    }
  }
  if (!productOfItem.size) {
    return new Map()
  }
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
    filters: { location_id: [...byLocation.keys()], inventory_item_id: [...productOfItem.keys()] },
  })
  const stock = new Map<string, ShowroomStock[]>()
  for (const level of levels as Array<{ inventory_item_id: string; location_id: string; stocked_quantity: number; reserved_quantity: number }>) {
    const productId = productOfItem.get(level.inventory_item_id)
    const showroom = byLocation.get(level.location_id)
    const quantity = Number(level.stocked_quantity) - Number(level.reserved_quantity)
    if (!productId || !showroom || quantity <= 0) {
      continue
    }
    const list = stock.get(productId) ?? []
    const existing = list.find((entry) => entry.showroomId === showroom.id)
    if (existing) {
      existing.quantity += quantity
    } else {
      list.push({ showroomId: showroom.id, showroomHandle: showroom.handle, showroomName: showroom.name, quantity })
    }
    stock.set(productId, list)
  }
  return stock
}
