import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkProducerProductChangeStep } from "../steps/check-producer-product-change"
import { checkSubmissionStep } from "../steps/check-submission"
import { updateProductReviewStep } from "../steps/update-product-review"

/** A producer sends a product (or their change to a live one) to province staff for review. */
export const submitProducerProductWorkflow = createWorkflow("submit-producer-product", (input: { producer_id: string; product_id: string }) => {
  const state = checkProducerProductChangeStep(input)
  const checked = checkSubmissionStep(state)
  updateProductReviewStep(transform({ checked }, ({ checked: c }) => ({ id: c.review_id, status: "pending" as const, submitted_at: new Date(), rejection_reason: null })))
  return new WorkflowResponse(transform({ state }, ({ state: s }) => ({ id: s.id })))
})
