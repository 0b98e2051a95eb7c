import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StockShowroomInput } from "../workflows/stock-showroom"

type Linked = { id: string; stock_location?: { id: string } | null; sales_channel?: { id: string } | null }

/**
 * Finds what stocking a showroom touches: its stock location and sales channel, each variant's
 * inventory item and product, and which inventory levels exist already. Writes nothing.
 */
export const resolveShowroomStockStep = createStep(
  "resolve-showroom-stock",
  async (input: StockShowroomInput, { container }) => {
    if (input.items.some((item) => !Number.isInteger(item.stocked_quantity) || item.stocked_quantity < 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A stocked quantity is a whole number of units, 0 or more.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: showrooms } = await query.graph({
      entity: "showroom",
      fields: ["id", "stock_location.id", "sales_channel.id"],
      filters: { id: input.showroom_id },
    })
    const showroom = showrooms[0] as Linked | undefined
    if (!showroom?.stock_location || !showroom.sales_channel) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${input.showroom_id}.`)
    }
    const variantIds = input.items.map((item) => item.variant_id)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "product_id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    const missing = variantIds.filter((id) => !variants.some((variant: { id: string }) => variant.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product variant with id ${missing.join(", ")}.`)
    }
    const location_id = showroom.stock_location.id
    const items = input.items.map((item) => {
      const variant = variants.find((candidate: { id: string }) => candidate.id === item.variant_id) as {
        product_id: string
        inventory_items?: Array<{ inventory_item_id: string }>
      }
      const inventory_item_id = variant.inventory_items?.[0]?.inventory_item_id
      if (!inventory_item_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${item.variant_id} does not track inventory, so it cannot be stocked.`)
      }
      return { inventory_item_id, product_id: variant.product_id, stocked_quantity: item.stocked_quantity }
    })
    const existing = await container.resolve(Modules.INVENTORY).listInventoryLevels({
      location_id,
      inventory_item_id: items.map((item) => item.inventory_item_id),
    })
    const known = new Set(existing.map((level) => level.inventory_item_id))
    return new StepResponse({
      location_id,
      sales_channel_id: showroom.sales_channel.id,
      product_ids: [...new Set(items.map((item) => item.product_id))],
      create: items.filter((item) => !known.has(item.inventory_item_id)).map(({ product_id: _p, ...level }) => ({ ...level, location_id })),
      update: items.filter((item) => known.has(item.inventory_item_id)).map(({ product_id: _p, ...level }) => ({ ...level, location_id })),
    })
  }
)
