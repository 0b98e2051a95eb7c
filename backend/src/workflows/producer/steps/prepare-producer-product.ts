import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toSlug } from "@ocop/domain"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { randomBytes } from "node:crypto"
import { readOnlineChannelId } from "../../../lib/checkout/cart-stock"
import { changeProblems, type ProducerProductContent } from "../../../lib/producer-portal/product-content"

/**
 * What a new product of a producer needs besides its content: the online shop's channel, the
 * shop's shipping profile and a handle of its own. Checks the packs. Writes nothing.
 */
export const prepareProducerProductStep = createStep("prepare-producer-product", async ({ content }: { content: ProducerProductContent }, { container }) => {
  const problems = changeProblems({ variants: content.variants }, { variantIds: [], imageUrls: [] })
  if (problems.length) {
    // a new product has no known packs or pictures: its packs' names are all there is to refuse
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "), PRODUCER_ERROR_CODES.repeatedPackName)
  }
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { order: { created_at: "ASC" }, take: 1 })
  if (!profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The shop has no shipping profile yet (run the seed).")
  }
  // a suffix keeps two producers' products of one name apart; staff may tidy the handle later
  const handle = `${toSlug(content.title) || "san-pham"}-${randomBytes(3).toString("hex")}`
  return new StepResponse({ sales_channel_id: await readOnlineChannelId(container), shipping_profile_id: profile.id, handle })
})
