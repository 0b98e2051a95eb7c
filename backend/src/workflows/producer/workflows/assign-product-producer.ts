import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceProductProducerStep } from "../steps/replace-product-producer"

/** Sets which producer makes a product (a product belongs to one producer). */
export const assignProductProducerWorkflow = createWorkflow(
  "assign-product-producer",
  (input: { product_id: string; producer_id: string }) => new WorkflowResponse(replaceProductProducerStep(input))
)
