import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SHOWROOM_PICKUP_TYPE_CODE, type PickupShowroomOption } from "@ocop/types"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../api/views/showroom-view"
import { missingAtLocation, type StockLevel, type StockLine } from "./pickup-availability"

/** A cart as checkout needs it: its lines with their inventory, and whether it is still open. */
export type CheckoutCart = { id: string; email: string | null; salesChannelId: string | null; completed: boolean; lines: StockLine[] }

type CartRecord = {
  id: string
  email: string | null
  sales_channel_id: string | null
  completed_at: string | Date | null
  items?: Array<{
    id: string
    title: string
    product_title: string | null
    quantity: number
    variant?: { manage_inventory?: boolean; inventory_items?: Array<{ inventory_item_id: string; required_quantity: number }> } | null
  } | null>
}

/** The cart with this id, or a 404 that says so. */
export async function readCheckoutCart(container: MedusaContainer, cartId: string): Promise<CheckoutCart> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "email",
      "sales_channel_id",
      "completed_at",
      "items.id",
      "items.title",
      "items.product_title",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRecord | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no cart with id ${cartId}.`)
  }
  const lines = (cart.items ?? []).flatMap((item) =>
    item
      ? [
          {
            id: item.id,
            title: item.product_title ?? item.title,
            quantity: Number(item.quantity),
            inventory:
              item.variant?.manage_inventory === false
                ? []
                : (item.variant?.inventory_items ?? []).map((link) => ({ inventoryItemId: link.inventory_item_id, requiredQuantity: Number(link.required_quantity) })),
          },
        ]
      : []
  )
  return { id: cart.id, email: cart.email, salesChannelId: cart.sales_channel_id, completed: Boolean(cart.completed_at), lines }
}

/** A showroom with what checkout needs to send a cart there. */
export type PickupShowroom = PickupShowroomOption["showroom"] & { locationId: string; salesChannelId: string; shippingOptionId: string; address: string }

type ShowroomWithLinks = ShowroomRecord & {
  stock_location?: { id: string; fulfillment_sets?: Array<{ type?: string; service_zones?: Array<{ shipping_options?: Array<{ id: string; type?: { code?: string } | null } | null> } | null> } | null> } | null
  sales_channel?: { id: string } | null
}

/** Every showroom that offers pickup: its stock location, its sales channel and its pickup option. */
export async function readPickupShowrooms(container: MedusaContainer, showroomId?: string): Promise<PickupShowroom[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: [
      ...showroomFields(),
      "stock_location.id",
      "stock_location.fulfillment_sets.type",
      "stock_location.fulfillment_sets.service_zones.shipping_options.id",
      "stock_location.fulfillment_sets.service_zones.shipping_options.type.code",
      "sales_channel.id",
    ],
    filters: showroomId ? { id: showroomId } : {},
  })
  const collator = new Intl.Collator("vi")
  return (data as ShowroomWithLinks[])
    .flatMap((record) => {
      const option = (record.stock_location?.fulfillment_sets ?? [])
        .filter((set) => set?.type === "pickup")
        .flatMap((set) => set?.service_zones ?? [])
        .flatMap((zone) => zone?.shipping_options ?? [])
        .find((candidate) => candidate?.type?.code === SHOWROOM_PICKUP_TYPE_CODE)
      if (!record.stock_location || !record.sales_channel || !option) {
        return []
      }
      const summary = toShowroomSummary(record)
      const address = [summary.street, summary.commune, summary.province].filter(Boolean).join(", ")
      return [{ ...summary, locationId: record.stock_location.id, salesChannelId: record.sales_channel.id, shippingOptionId: option.id, address }]
    })
    .sort((a, b) => Number(b.level === "provincial") - Number(a.level === "provincial") || collator.compare(a.name, b.name))
}

/** The inventory levels of these items at these locations. */
export async function readStockLevels(container: MedusaContainer, lines: StockLine[], locationIds: string[]): Promise<StockLevel[]> {
  const inventoryItemIds = [...new Set(lines.flatMap((line) => line.inventory.map((item) => item.inventoryItemId)))]
  if (!inventoryItemIds.length || !locationIds.length) {
    return []
  }
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemIds, location_id: locationIds })
  return levels.map((level) => ({
    locationId: level.location_id,
    inventoryItemId: level.inventory_item_id,
    stocked: Number(level.stocked_quantity),
    reserved: Number(level.reserved_quantity),
  }))
}

/** Each showroom as a pickup choice for this cart, with what it lacks. */
export async function listPickupOptions(container: MedusaContainer, cart: CheckoutCart): Promise<Array<PickupShowroomOption & { showroom: PickupShowroom }>> {
  const showrooms = await readPickupShowrooms(container)
  const levels = await readStockLevels(container, cart.lines, showrooms.map((showroom) => showroom.locationId))
  return showrooms.map((showroom) => {
    const missing = missingAtLocation(cart.lines, showroom.locationId, levels)
    return { showroom, holdsEverything: missing.length === 0, missing }
  })
}

/** The store's default sales channel: the online shop's, which sells from every location. */
export async function readOnlineChannelId(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default sales channel (run the seed).")
  }
  return store.default_sales_channel_id
}
