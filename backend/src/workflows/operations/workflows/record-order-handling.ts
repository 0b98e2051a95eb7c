import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderHandlingStep } from "../steps/create-order-handling"

/** Puts a newly placed order in the queue of the showroom that serves it (see createOrderHandlingStep). */
export const recordOrderHandlingWorkflow = createWorkflow("record-order-handling", (input: { order_id: string }) => {
  return new WorkflowResponse(createOrderHandlingStep(input))
})
