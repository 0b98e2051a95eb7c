import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuseOrderAction, type HandlingStatus, type OrderAction } from "../../../lib/operations/order-actions"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

/** An operator's action on an order, with the showrooms the operator may act for (null: all). */
export type OrderActionInput = { order_id: string; operator_id: string; showroom_ids: string[] | null }

type OrderRecord = { id: string; metadata?: Record<string, unknown> | null; items?: Array<{ id: string; quantity: number | string } | null> }

/**
 * Checks that the operator may take this action on the order: the order is served by one of
 * their showrooms (otherwise it answers 404, as if it did not exist) and its status allows it
 * (409 with a sentence, or 400 for the other delivery method). Returns what the action needs. Writes nothing.
 */
export const checkOrderActionStep = createStep("check-order-action", async (input: OrderActionInput & { action: OrderAction }, { container }) => {
  const [handling] = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).listOrderHandlings({ order_id: input.order_id })
  const mine = handling && (input.showroom_ids === null || (handling.showroom_id !== null && input.showroom_ids.includes(handling.showroom_id)))
  if (!handling || !mine) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no order with id ${input.order_id} at your showroom.`)
  }
  const refusal = refuseOrderAction(input.action, { status: handling.status as HandlingStatus, method: handling.method })
  if (refusal) {
    throw new MedusaError(refusal.kind === "conflict" ? MedusaError.Types.CONFLICT : MedusaError.Types.NOT_ALLOWED, refusal.message, "order_status")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: showrooms }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "metadata", "items.*"], filters: { id: input.order_id } }),
    handling.showroom_id ? query.graph({ entity: "showroom", fields: ["id", "stock_location.id"], filters: { id: handling.showroom_id } }) : Promise.resolve({ data: [] }),
  ])
  const order = orders[0] as OrderRecord
  const location_id = (showrooms[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id ?? null
  return new StepResponse({
    handling_id: handling.id,
    method: handling.method,
    location_id,
    pickup_code: typeof order.metadata?.pickup_code === "string" ? order.metadata.pickup_code : null,
    items: (order.items ?? []).flatMap((item) => (item ? [{ id: item.id, quantity: Number(item.quantity) }] : [])),
  })
})
