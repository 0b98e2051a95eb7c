import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOnlineChannelId } from "../../../lib/checkout/cart-stock"

/** The store's default sales channel: the online shop's, which sells from every location. Writes nothing. */
export const findOnlineChannelStep = createStep("find-online-channel", async (_input: undefined, { container }) => {
  return new StepResponse(await readOnlineChannelId(container))
})
