import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { checkPendingReviewStep } from "../steps/check-pending-review"
import { updateProductReviewStep } from "../steps/update-product-review"
import { applyProductContentWorkflow } from "./apply-product-content"

/**
 * Province staff approve what a producer sent: a new product is published; a change to a live
 * product is written onto it. The shop and its search then show it.
 */
export const approveProductReviewWorkflow = createWorkflow("approve-product-review", (input: { review_id: string }) => {
  const state = checkPendingReviewStep(input)
  when({ state }, ({ state: s }) => s.live && Boolean(s.review?.changes)).then(() => {
    applyProductContentWorkflow.runAsStep({
      input: transform({ state }, ({ state: s }) => ({ product_id: s.id, content: s.working, metadata: s.metadata, pack_option: s.pack_option })),
    })
  })
  when({ state }, ({ state: s }) => !s.live).then(() => {
    updateProductsWorkflow.runAsStep({ input: transform({ state }, ({ state: s }) => ({ selector: { id: s.id }, update: { status: ProductStatus.PUBLISHED } })) })
  })
  updateProductReviewStep(transform({ input }, ({ input: i }) => ({ id: i.review_id, status: "approved" as const, changes: null, rejection_reason: null, reviewed_at: new Date() })))
  return new WorkflowResponse(transform({ state }, ({ state: s }) => ({ product_id: s.id })))
})
