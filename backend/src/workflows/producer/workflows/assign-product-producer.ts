import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { replaceProductProducerStep } from "../steps/replace-product-producer"

/** Sets which producer makes a product (a product belongs to one producer). */
export const assignProductProducerWorkflow = createWorkflow("assign-product-producer", (input: { product_id: string; producer_id: string }) => {
  const assigned = replaceProductProducerStep(input)
  emitEventStep({ eventName: OcopEvents.PRODUCT_PRODUCER_CHANGED, data: { product_id: input.product_id } })
  return new WorkflowResponse(assigned)
})
