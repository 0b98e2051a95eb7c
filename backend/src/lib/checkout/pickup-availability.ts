import type { MissingAtShowroom } from "@ocop/types"

/** A cart line with what one unit of it takes from stock. */
export type StockLine = {
  id: string
  title: string
  quantity: number
  /** Inventory items of the variant and how many of each one unit needs; empty when stock is not tracked. */
  inventory: Array<{ inventoryItemId: string; requiredQuantity: number }>
}

/** One inventory level: what a location holds of an item and how much of it is promised. */
export type StockLevel = { locationId: string; inventoryItemId: string; stocked: number; reserved: number }

/**
 * The lines a location cannot supply in full, each with the most units it could supply. A line
 * whose variant tracks no stock is always available; an item with no level there counts as 0.
 */
export function missingAtLocation(lines: StockLine[], locationId: string, levels: StockLevel[]): MissingAtShowroom[] {
  const available = new Map(
    levels.filter((level) => level.locationId === locationId).map((level) => [level.inventoryItemId, Math.max(0, level.stocked - level.reserved)])
  )
  // two lines may draw on the same inventory item (a bundle and a single): count what earlier lines took
  const taken = new Map<string, number>()
  const missing: MissingAtShowroom[] = []
  for (const line of lines) {
    const units = Math.min(
      line.quantity,
      ...line.inventory.map(({ inventoryItemId, requiredQuantity }) =>
        Math.floor(((available.get(inventoryItemId) ?? 0) - (taken.get(inventoryItemId) ?? 0)) / requiredQuantity)
      )
    )
    const supplied = Math.max(0, units)
    for (const { inventoryItemId, requiredQuantity } of line.inventory) {
      taken.set(inventoryItemId, (taken.get(inventoryItemId) ?? 0) + supplied * requiredQuantity)
    }
    if (supplied < line.quantity) {
      missing.push({ lineItemId: line.id, title: line.title, wanted: line.quantity, available: supplied })
    }
  }
  return missing
}

/** One sentence naming what a showroom lacks, for an error a person reads. */
export function describeMissing(showroomName: string, missing: MissingAtShowroom[]): string {
  const items = missing.map((line) => `${line.title} (còn ${line.available}, cần ${line.wanted})`).join("; ")
  return `${showroomName} không còn đủ hàng cho đơn này: ${items}. / ${showroomName} does not hold enough: ${missing
    .map((line) => `${line.title} (${line.available} left, ${line.wanted} wanted)`)
    .join("; ")}.`
}
