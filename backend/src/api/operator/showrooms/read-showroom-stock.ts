import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ShowroomStockLine } from "@ocop/types"
import type { OperatorScope } from "../operator-scope"

/** A product is running low at a showroom when this many units or fewer are free to sell. */
export const LOW_STOCK_AT = 3

type InventoryItemRecord = { id: string; sku?: string | null; variants?: Array<{ id: string; title?: string | null; product?: { id: string; title: string } | null } | null> | null }

/** The stock location of one of the operator's showrooms; another showroom answers 404. */
export async function readOperatorShowroomLocation(container: MedusaContainer, scope: OperatorScope, showroomId: string): Promise<string> {
  const mine = scope.showroom_ids === null || scope.showroom_ids.includes(showroomId)
  const { data } = mine ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["id", "stock_location.id"], filters: { id: showroomId } }) : { data: [] }
  const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!locationId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${showroomId} among yours.`)
  }
  return locationId
}

/** Every product stocked at a showroom: stocked, reserved for orders, free to sell, and whether it runs low. */
export async function readShowroomStock(container: MedusaContainer, locationId: string): Promise<ShowroomStockLine[]> {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: locationId })
  if (!levels.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "inventory_item",
    fields: ["id", "sku", "variants.id", "variants.title", "variants.product.id", "variants.product.title"],
    filters: { id: levels.map((level) => level.inventory_item_id) },
  })
  const items = new Map((data as InventoryItemRecord[]).map((item) => [item.id, item]))
  const collator = new Intl.Collator("vi")
  return levels
    .flatMap((level) => {
      const item = items.get(level.inventory_item_id)
      const variant = item?.variants?.find(Boolean)
      if (!item || !variant?.product) return []
      const available = Number(level.available_quantity)
      return [
        {
          variantId: variant.id,
          productId: variant.product.id,
          title: variant.product.title,
          variantTitle: variant.title ?? null,
          sku: item.sku ?? null,
          stocked: Number(level.stocked_quantity),
          reserved: Number(level.reserved_quantity),
          available,
          low: available <= LOW_STOCK_AT,
        },
      ]
    })
    .sort((a, b) => collator.compare(a.title, b.title))
}
