import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { submissionProblems } from "../../../lib/producer-portal/product-content"
import type { ProducerProductState } from "../../../lib/producer-portal/producer-products"

/**
 * Refuses to send staff a product that is already waiting, a live product with nothing new, or
 * one missing its title, picture or priced pack. Writes nothing.
 */
export const checkSubmissionStep = createStep("check-submission", async (state: ProducerProductState) => {
  if (state.review?.status === "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This product is already waiting for review.", PRODUCER_ERROR_CODES.alreadyPending)
  }
  // a product gets its review with its first change, so one without a review has nothing new
  if (!state.review || (state.live && !state.review.changes)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing to send: the shop already shows this version of the product.", PRODUCER_ERROR_CODES.nothingToSubmit)
  }
  const problems = submissionProblems(state.working)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "), PRODUCER_ERROR_CODES.submissionIncomplete)
  }
  return new StepResponse({ review_id: state.review.id })
})
