import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addShippingMethodToCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { planCartDeliveryStep } from "../steps/plan-cart-delivery"

/** The shopper's contact and how they receive the order. */
export type ChooseCartDeliveryInput = {
  cart_id: string
  email: string
  full_name: string
  phone: string
  /** the shopper's language, for their notifications (vi when absent) */
  locale?: "vi" | "en"
} & ({ method: "pickup"; showroom_id: string } | { method: "delivery"; address: { province_code: string; ward_code: string; street: string } })

/**
 * Sets a cart's contact and delivery in one go: pickup at a showroom that holds every item, or
 * home delivery to a checked Vietnamese address. The cart gets the matching sales channel,
 * address and shipping method (replacing any earlier one); a failure leaves it as it was.
 */
export const chooseCartDeliveryWorkflow = createWorkflow("choose-cart-delivery", (input: ChooseCartDeliveryInput) => {
  const plan = planCartDeliveryStep(input)
  updateCartWorkflow.runAsStep({
    input: transform({ plan }, ({ plan: p }) => ({
      id: p.cart_id,
      email: p.email,
      sales_channel_id: p.sales_channel_id,
      shipping_address: p.shipping_address,
      billing_address: p.shipping_address,
      metadata: p.metadata,
    })),
  })
  addShippingMethodToCartWorkflow.runAsStep({
    input: transform({ plan }, ({ plan: p }) => ({ cart_id: p.cart_id, options: [{ id: p.shipping_option_id }] })),
  })
  return new WorkflowResponse(transform({ plan }, ({ plan: p }) => ({ id: p.cart_id })))
})
