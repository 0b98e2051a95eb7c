import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { updateOrderHandlingStep } from "../steps/update-order-handling"

/** The pickup order is packed at the counter: the shopper is told to come with their code. */
export const markOrderReadyForPickupWorkflow = createWorkflow("mark-order-ready-for-pickup", (input: OrderActionInput) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checked = checkOrderActionStep(transform({ input }, ({ input: data }) => ({ ...data, action: "ready_for_pickup" as const })))
  const handling = updateOrderHandlingStep(
    transform({ input, checked }, ({ input: data, checked: found }) => ({ id: found.handling_id, changes: { status: "ready_for_pickup" as const, ready_at: new Date(), operator_id: data.operator_id } }))
  )
  emitEventStep({ eventName: OcopEvents.ORDER_READY_FOR_PICKUP, data: transform({ input }, ({ input: data }) => ({ id: data.order_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(handling)
})
