import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { updateOrderHandlingStep } from "../steps/update-order-handling"

/** The showroom takes a new order on (it will prepare or ship it). */
export const acceptOrderWorkflow = createWorkflow("accept-order", (input: OrderActionInput) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checked = checkOrderActionStep(transform({ input }, ({ input: data }) => ({ ...data, action: "accept" as const })))
  const handling = updateOrderHandlingStep(
    transform({ input, checked }, ({ input: data, checked: found }) => ({ id: found.handling_id, changes: { status: "accepted" as const, accepted_at: new Date(), operator_id: data.operator_id } }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(handling)
})
