import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPendingReviewStep } from "../steps/check-pending-review"
import { updateProductReviewStep } from "../steps/update-product-review"

/** Province staff send a producer's product back with a reason the producer reads; nothing is published. */
export const rejectProductReviewWorkflow = createWorkflow("reject-product-review", (input: { review_id: string; reason: string }) => {
  const state = checkPendingReviewStep({ review_id: input.review_id })
  updateProductReviewStep(transform({ input }, ({ input: i }) => ({ id: i.review_id, status: "rejected" as const, rejection_reason: i.reason.trim(), reviewed_at: new Date() })))
  return new WorkflowResponse(transform({ state }, ({ state: s }) => ({ product_id: s.id })))
})
