import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** Opens the review of a producer's new product, as a draft. Compensation deletes it. */
export const createProductReviewStep = createStep(
  "create-product-review",
  async ({ producer_id }: { producer_id: string }, { container }) => {
    const review = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).createProductReviews({ producer_id, status: "draft" })
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProductReviews(id)
    }
  }
)
