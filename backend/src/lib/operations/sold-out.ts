import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OPERATION_ERROR_CODES } from "@ocop/types"
import { readCheckoutCart, readStockLevels } from "../checkout/cart-stock"
import { missingAtLocation } from "../checkout/pickup-availability"

const RAW_SOLD_OUT = /^Not enough stock available for item (\S+) at location/

/**
 * Whether an error is Medusa refusing a cart's completion for stock: its check before the order
 * ("Some variant does not have the required inventory") or its reservation under the inventory
 * lock ("Not enough stock available for item … at location …").
 */
export function isSoldOutError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  // the workflow engine may rethrow without the code: the sentences are Medusa's own
  return code === MedusaError.Codes.INSUFFICIENT_INVENTORY || (typeof message === "string" && (RAW_SOLD_OUT.test(message) || message === "Some variant does not have the required inventory"))
}

/** Whether Medusa gave up waiting for the inventory lock (many shoppers completing at once). */
export function isLockTimeout(error: unknown): boolean {
  const { message } = (error ?? {}) as { message?: unknown }
  return typeof message === "string" && message.startsWith("Timed-out acquiring lock")
}

// Medusa's in-memory workflow engine checkpoints each step of a transaction under a per-transaction
// flag: when two of completion's parallel steps (order links, cart, reservation, event) finish at
// the same moment under load, the second checkpoint fails and the engine, treating the finished
// step as failed, throws "Updating Status from "ok" to …" (a 400) instead of the cart's answer.
const ENGINE_INTERRUPTION = [/^Updating Status from "\w+" to "\w+" is not allowed\.?$/, /^Transaction storage is locked$/]

/** Whether Medusa's workflow engine itself broke off the completion (not a refusal of the cart). */
export function isInterruptedCompletion(error: unknown): boolean {
  const { message } = (error ?? {}) as { message?: unknown }
  return typeof message === "string" && ENGINE_INTERRUPTION.some((pattern) => pattern.test(message))
}

/** The answer to a completion that could not run for the crowd: the items may still be there, press again. */
export const checkoutBusyAnswer = () => ({ code: OPERATION_ERROR_CODES.checkoutBusy, message: "Many people are ordering at this moment and your order could not be placed. Please try again." })

/**
 * The answer for a completion that timed out waiting for the inventory lock: sold out at the
 * pickup showroom when it no longer holds the cart's items (the others took them), otherwise
 * `checkout_busy`, to try again in a moment.
 */
export async function describeLockTimeout(container: MedusaContainer, cartId: string): Promise<{ code: string; message: string }> {
  const cart = await readCheckoutCart(container, cartId)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["metadata"], filters: { id: cartId } })
  const showroomId = (data[0] as CartRecord | undefined)?.metadata?.pickup_showroom_id
  if (typeof showroomId === "string") {
    const { data: showrooms } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["stock_location.id"], filters: { id: showroomId } })
    const locationId = (showrooms[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (locationId && missingAtLocation(cart.lines, locationId, await readStockLevels(container, cart.lines, [locationId])).length) {
      return describeSoldOut(container, cartId, {})
    }
  }
  return checkoutBusyAnswer()
}

type CartRecord = { metadata?: Record<string, unknown> | null }

/**
 * The shopper's answer for a sold-out completion: `sold_out_at_showroom` naming the pickup
 * showroom (and the product when Medusa named it), or `sold_out` for home delivery.
 */
export async function describeSoldOut(container: MedusaContainer, cartId: string, error: unknown): Promise<{ code: string; message: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["metadata"], filters: { id: cartId } })
  const showroomId = (carts[0] as CartRecord | undefined)?.metadata?.pickup_showroom_id
  const itemId = RAW_SOLD_OUT.exec(String((error as { message?: unknown }).message ?? ""))?.[1]
  const [{ data: showrooms }, { data: items }] = await Promise.all([
    typeof showroomId === "string" ? query.graph({ entity: "showroom", fields: ["name"], filters: { id: showroomId } }) : Promise.resolve({ data: [] }),
    itemId ? query.graph({ entity: "inventory_item", fields: ["variants.product.title"], filters: { id: itemId } }) : Promise.resolve({ data: [] }),
  ])
  const showroom = (showrooms[0] as { name?: string } | undefined)?.name
  const product = (items[0] as { variants?: Array<{ product?: { title?: string } | null } | null> } | undefined)?.variants?.[0]?.product?.title
  const what = product ? `${product} sold out` : "An item in your order sold out"
  if (showroom) {
    return { code: OPERATION_ERROR_CODES.soldOutAtShowroom, message: `${what} at ${showroom} while your order was being placed. Choose another showroom or home delivery.` }
  }
  return { code: OPERATION_ERROR_CODES.soldOut, message: `${what} while your order was being placed. Remove it or lower the quantity, then order again.` }
}
