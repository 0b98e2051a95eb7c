import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { updateOrderHandlingStep } from "../steps/update-order-handling"
import { verifyPickupCodeStep } from "../steps/verify-pickup-code"

/**
 * Hands a ready pickup order to the shopper once the code they show matches: Medusa fulfils it
 * from the showroom's stock location (the reserved units leave the stock) and marks it delivered.
 */
export const handOverOrderWorkflow = createWorkflow("hand-over-order", (input: OrderActionInput & { pickup_code: string }) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checked = checkOrderActionStep(
    transform({ input }, ({ input: data }) => ({ order_id: data.order_id, operator_id: data.operator_id, showroom_ids: data.showroom_ids, action: "hand_over" as const }))
  )
  verifyPickupCodeStep(transform({ input, checked }, ({ input: data, checked: found }) => ({ expected: found.pickup_code, given: data.pickup_code })))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input: data, checked: found }) => ({ order_id: data.order_id, items: found.items, location_id: found.location_id, created_by: data.operator_id })),
  })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input: data, fulfillment: made }) => ({ orderId: data.order_id, fulfillmentId: made.id })),
  })
  const handling = updateOrderHandlingStep(
    transform({ input, checked }, ({ input: data, checked: found }) => ({ id: found.handling_id, changes: { status: "handed_over" as const, handed_over_at: new Date(), operator_id: data.operator_id } }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(handling)
})
