import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../views/showroom-view"

type Linked = ShowroomRecord & { stock_location?: { id: string } | null; sales_channel?: { id: string } | null }

/** A showroom with its stock location and sales channel ids, and every product's level there. */
export async function readShowroom(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "showroom", fields: [...showroomFields(), "stock_location.id", "sales_channel.id"], filters: { id } })
  const record = data[0] as Linked | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${id}.`)
  }
  const locationId = record.stock_location?.id
  const { data: levels } = locationId
    ? await query.graph({
        entity: "inventory_level",
        fields: ["stocked_quantity", "reserved_quantity", "inventory_item.sku", "inventory_item.variants.id", "inventory_item.variants.title", "inventory_item.variants.product.title"],
        filters: { location_id: locationId },
      })
    : { data: [] }
  type Level = { stocked_quantity: number; reserved_quantity: number; inventory_item?: { sku?: string | null; variants?: Array<{ id: string; title: string; product?: { title: string } | null } | null> | null } | null }
  return {
    ...toShowroomSummary(record),
    stock_location_id: locationId ?? null,
    sales_channel_id: record.sales_channel?.id ?? null,
    stock: (levels as Level[]).map((level) => {
      const variant = level.inventory_item?.variants?.find(Boolean)
      return {
        variantId: variant?.id ?? null,
        title: variant?.product?.title ?? variant?.title ?? level.inventory_item?.sku ?? "",
        sku: level.inventory_item?.sku ?? null,
        stocked: Number(level.stocked_quantity),
        reserved: Number(level.reserved_quantity),
      }
    }),
  }
}
