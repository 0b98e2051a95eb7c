import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The store's default sales channel: the online shop's, which sells from every location. Writes nothing. */
export const findOnlineChannelStep = createStep("find-online-channel", async (_input: undefined, { container }) => {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default sales channel (run the seed).")
  }
  return new StepResponse(store.default_sales_channel_id)
})
