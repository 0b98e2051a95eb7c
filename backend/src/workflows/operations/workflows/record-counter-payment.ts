import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { findCounterPaymentStep } from "../steps/find-counter-payment"

/** Records the cash received for an order (at pickup, or cash on delivery): Medusa captures its payment. */
export const recordCounterPaymentWorkflow = createWorkflow("record-counter-payment", (input: OrderActionInput) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  checkOrderActionStep(transform({ input }, ({ input: data }) => ({ ...data, action: "record_payment" as const })))
  const payment = findCounterPaymentStep(transform({ input }, ({ input: data }) => ({ order_id: data.order_id })))
  capturePaymentWorkflow.runAsStep({ input: transform({ input, payment }, ({ input: data, payment: due }) => ({ payment_id: due.payment_id, captured_by: data.operator_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(payment)
})
