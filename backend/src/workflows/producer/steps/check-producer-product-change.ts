import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { changeProblems, type ProducerProductChange } from "../../../lib/producer-portal/product-content"
import { readOwnProductState } from "../../../lib/producer-portal/producer-products"

type Input = { producer_id: string; product_id: string; change?: ProducerProductChange; uploaded_images?: string[] }

/**
 * Reads one of the producer's own products (404 for anyone else's) and checks a change against
 * it: its own packs and pictures only, each pack named once. Writes nothing.
 */
export const checkProducerProductChangeStep = createStep("check-producer-product-change", async ({ producer_id, product_id, change, uploaded_images = [] }: Input, { container }) => {
  const state = await readOwnProductState(container, producer_id, product_id)
  const problems = change ? changeProblems(change, { variantIds: state.working.variants.flatMap((variant) => (variant.id ? [variant.id] : [])), imageUrls: [...state.image_urls, ...uploaded_images] }) : []
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  return new StepResponse(state)
})
