import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MoveShowroomStockInput } from "../workflows/move-showroom-stock"

type VariantRecord = { id: string; title?: string | null; product?: { title?: string | null } | null; inventory_items?: Array<{ inventory_item_id: string } | null> | null }

/**
 * Works out a stock correction or delivery at one of the operator's showrooms (another showroom
 * answers 404): each variant's new stocked quantity, refusing (409) any that would leave fewer
 * units than orders have reserved. Writes nothing.
 */
export const planStockMovesStep = createStep("plan-stock-moves", async (input: MoveShowroomStockInput, { container }) => {
  if (input.showroom_ids !== null && !input.showroom_ids.includes(input.showroom_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${input.showroom_id} among yours.`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: showrooms } = await query.graph({ entity: "showroom", fields: ["id", "stock_location.id"], filters: { id: input.showroom_id } })
  const location_id = (showrooms[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!location_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${input.showroom_id} among yours.`)
  }
  const variantIds = [...new Set(input.items.map((item) => item.variant_id))]
  const { data } = await query.graph({ entity: "variant", fields: ["id", "title", "product.title", "inventory_items.inventory_item_id"], filters: { id: variantIds } })
  const variants = data as VariantRecord[]
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({
    location_id,
    inventory_item_id: variants.flatMap((variant) => (variant.inventory_items ?? []).flatMap((link) => (link ? [link.inventory_item_id] : []))),
  })
  const moves = input.items.map((item) => {
    const variant = variants.find((candidate) => candidate.id === item.variant_id)
    const inventory_item_id = variant?.inventory_items?.[0]?.inventory_item_id
    if (!variant || !inventory_item_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product variant with id ${item.variant_id} whose stock is tracked.`)
    }
    const level = levels.find((candidate) => candidate.inventory_item_id === inventory_item_id)
    const stocked = Number(level?.stocked_quantity ?? 0)
    const reserved = Number(level?.reserved_quantity ?? 0)
    const next = stocked + item.change
    if (next < reserved || next < 0) {
      const name = variant.product?.title ?? variant.title ?? item.variant_id
      throw new MedusaError(MedusaError.Types.CONFLICT, `${name}: the showroom holds ${stocked}, of which ${reserved} are reserved for orders, so it cannot go down by ${-item.change}.`, "stock_below_reserved")
    }
    return { variant_id: item.variant_id, inventory_item_id, change: item.change, stocked_quantity: next }
  })
  return new StepResponse({ location_id, moves })
})
