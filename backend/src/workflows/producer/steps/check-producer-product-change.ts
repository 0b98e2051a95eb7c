import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { changeProblems, hasRepeatedPackNames, type ProducerProductChange } from "../../../lib/producer-portal/product-content"
import { readOwnProductState } from "../../../lib/producer-portal/producer-products"

type Input = { producer_id: string; product_id: string; change?: ProducerProductChange; uploaded_images?: string[] }

/**
 * Reads one of the producer's own products (404 for anyone else's) and checks a change against
 * it: its own packs (404 for another's pack) and pictures only, each pack named once. A pack or
 * picture left out of the change is removed, the pictures kept in the order given. Writes nothing.
 */
export const checkProducerProductChangeStep = createStep("check-producer-product-change", async ({ producer_id, product_id, change, uploaded_images = [] }: Input, { container }) => {
  const state = await readOwnProductState(container, producer_id, product_id)
  const variantIds = state.working.variants.flatMap((variant) => (variant.id ? [variant.id] : []))
  const foreign = change?.variants?.find((variant) => variant.id && !variantIds.includes(variant.id))
  if (foreign) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This product has no pack with id ${foreign.id}.`)
  }
  const problems = change ? changeProblems(change, { variantIds, imageUrls: [...state.image_urls, ...uploaded_images] }) : []
  if (change && problems.length) {
    // with another's packs answered above, what is left is a repeated name or a picture from elsewhere
    const code = hasRepeatedPackNames(change) ? PRODUCER_ERROR_CODES.repeatedPackName : PRODUCER_ERROR_CODES.unknownPicture
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "), code)
  }
  return new StepResponse(state)
})
