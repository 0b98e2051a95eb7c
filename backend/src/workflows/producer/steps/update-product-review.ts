import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerProductChange } from "../../../lib/producer-portal/product-content"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type ReviewUpdate = {
  id: string
  status?: "draft" | "pending" | "rejected" | "approved"
  changes?: ProducerProductChange | null
  rejection_reason?: string | null
  submitted_at?: Date | null
  reviewed_at?: Date | null
}

/** Moves a product's review on (status, held changes, reason). Compensation restores what it was. */
export const updateProductReviewStep = createStep(
  "update-product-review",
  async (update: ReviewUpdate, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await service.retrieveProductReview(update.id)
    const { changes, ...rest } = update
    // a key given as undefined would clear the column: only send changes when there are some to set
    const updated = await service.updateProductReviews({ ...rest, ...(changes !== undefined ? { changes: changes as Record<string, unknown> | null } : {}) })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      changes: before.changes,
      rejection_reason: before.rejection_reason,
      submitted_at: before.submitted_at,
      reviewed_at: before.reviewed_at,
    })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProductReviews(before)
    }
  }
)
