import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { findOnlineChannelStep } from "../steps/find-online-channel"

/**
 * Takes a cart back to the online shop after an order could not be placed (a showroom sold out
 * meanwhile), so any product can be added again; the next delivery choice sets it anew.
 */
export const reopenCartDeliveryWorkflow = createWorkflow("reopen-cart-delivery", (input: { cart_id: string }) => {
  const channelId = findOnlineChannelStep()
  updateCartWorkflow.runAsStep({
    input: transform({ input, channelId }, ({ input: data, channelId: id }) => ({ id: data.cart_id, sales_channel_id: id, metadata: { delivery_method: null, pickup_showroom_id: null, pickup_code: null } })),
  })
  return new WorkflowResponse(transform({ input }, ({ input: data }) => ({ id: data.cart_id })))
})
