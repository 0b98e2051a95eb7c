import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readProductStates } from "../../../lib/producer-portal/producer-products"

/** Finds a review waiting for staff with its product's state; 404 or 409 otherwise. Writes nothing. */
export const checkPendingReviewStep = createStep("check-pending-review", async ({ review_id }: { review_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_review", fields: ["id", "status", "product.id"], filters: { id: review_id } })
  const review = data[0] as { id: string; status: string; product?: { id: string } | null } | undefined
  const [state] = review?.product ? await readProductStates(container, [review.product.id]) : []
  if (!review || !state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product review with id ${review_id}.`)
  }
  if (review.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This product is not waiting for review (it is ${review.status}).`)
  }
  return new StepResponse(state)
})
