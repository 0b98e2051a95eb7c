import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { updateOrderHandlingStep } from "../steps/update-order-handling"

/**
 * Cancels an order that has not left the showroom, with the reason the shopper is told: Medusa
 * cancels it, releases its reserved stock and cancels (or refunds) its payment.
 */
export const cancelShowroomOrderWorkflow = createWorkflow("cancel-showroom-order", (input: OrderActionInput & { reason: string }) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checked = checkOrderActionStep(
    transform({ input }, ({ input: data }) => ({ order_id: data.order_id, operator_id: data.operator_id, showroom_ids: data.showroom_ids, action: "cancel" as const }))
  )
  // recorded first so the cancellation notice (sent when Medusa's order.canceled is released) reads the reason
  const handling = updateOrderHandlingStep(
    transform({ input, checked }, ({ input: data, checked: found }) => ({
      id: found.handling_id,
      changes: { status: "cancelled" as const, cancelled_at: new Date(), cancel_reason: data.reason, operator_id: data.operator_id },
    }))
  )
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input: data }) => ({ order_id: data.order_id, canceled_by: data.operator_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(handling)
})
