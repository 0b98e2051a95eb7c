import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { applyChange, type ProducerProductChange } from "../../../lib/producer-portal/product-content"
import { checkProducerProductChangeStep } from "../steps/check-producer-product-change"
import { createProductReviewStep } from "../steps/create-product-review"
import { updateProductReviewStep } from "../steps/update-product-review"
import { applyProductContentWorkflow } from "./apply-product-content"

export type UpdateProducerProductInput = {
  producer_id: string
  product_id: string
  change: ProducerProductChange
  /** pictures just uploaded for this product, which the change may use */
  uploaded_images?: string[]
}

/**
 * A producer changes one of their products. One never approved is changed in place (the shop
 * does not show it); a live one keeps what the shop shows and holds the change in its review
 * until staff approve it. Either way the product is a draft again, to be submitted. A product
 * staff linked to the producer before they had an account gets its review on the first change.
 */
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: UpdateProducerProductInput) => {
  const state = checkProducerProductChangeStep(input)
  const opened = when({ state }, ({ state: s }) => !s.review).then(() => {
    const review = createProductReviewStep({ producer_id: input.producer_id })
    createRemoteLinkStep(
      transform({ review, state }, ({ review: r, state: s }): LinkDefinition[] => [{ [Modules.PRODUCT]: { product_id: s.id }, [PRODUCER_MODULE]: { product_review_id: r.id } }])
    ).config({ name: "link-product-review" })
    return review
  })
  when({ state }, ({ state: s }) => !s.live).then(() => {
    applyProductContentWorkflow.runAsStep({
      input: transform({ state, input }, ({ state: s, input: i }) => ({ product_id: s.id, content: applyChange(s.working, i.change), metadata: s.metadata, pack_option: s.pack_option })),
    })
  })
  updateProductReviewStep(
    transform({ state, input, opened }, ({ state: s, input: i, opened: o }) => ({
      id: s.review?.id ?? o!.id,
      status: "draft" as const,
      rejection_reason: null,
      submitted_at: null,
      ...(s.live ? { changes: { ...(s.review?.changes ?? {}), ...i.change } } : {}),
    }))
  )
  return new WorkflowResponse(transform({ state }, ({ state: s }) => ({ id: s.id })))
})
