import type { CreateAddressDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkDeliveryAddress } from "@ocop/domain/address"
import { HOME_DELIVERY } from "@ocop/types"
import { readCheckoutCart, readOnlineChannelId, readPickupShowrooms, readStockLevels } from "../../../lib/checkout/cart-stock"
import { describeMissing, missingAtLocation } from "../../../lib/checkout/pickup-availability"
import { newPickupCode } from "../../../lib/operations/pickup-code"
import type { ChooseCartDeliveryInput } from "../workflows/choose-cart-delivery"

/** What choosing a delivery method changes on the cart. */
export type CartDeliveryPlan = {
  cart_id: string
  email: string
  sales_channel_id: string
  shipping_option_id: string
  shipping_address: CreateAddressDTO
  metadata: Record<string, string | null>
}

/**
 * Checks a delivery choice and works out what it changes: pickup moves the cart to the
 * showroom's sales channel (so the order reserves that showroom's stock, and only it) with the
 * showroom as the address; home delivery keeps the online channel with the shopper's address.
 * A pickup gets a fresh pickup code. The shopper's language is kept for their notifications.
 * Refuses a showroom that does not hold every item, naming what it lacks. Writes nothing.
 */
export const planCartDeliveryStep = createStep("plan-cart-delivery", async (input: ChooseCartDeliveryInput, { container }) => {
  const cart = await readCheckoutCart(container, input.cart_id)
  if (cart.completed) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been turned into an order.")
  }
  if (!cart.lines.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart is empty: add a product before choosing how to receive it.")
  }
  const contact = { first_name: input.full_name, phone: input.phone, country_code: "vn" }
  if (input.method === "pickup") {
    const [showroom] = await readPickupShowrooms(container, input.showroom_id)
    if (!showroom) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${input.showroom_id} that offers pickup.`)
    }
    const missing = missingAtLocation(cart.lines, showroom.locationId, await readStockLevels(container, cart.lines, [showroom.locationId]))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, describeMissing(showroom.name, missing))
    }
    return new StepResponse<CartDeliveryPlan>({
      cart_id: cart.id,
      email: input.email,
      sales_channel_id: showroom.salesChannelId,
      shipping_option_id: showroom.shippingOptionId,
      shipping_address: { ...contact, company: showroom.name, address_1: showroom.street ?? showroom.name, city: showroom.commune ?? "", province: showroom.province, metadata: { showroom_id: showroom.id } },
      // the code the shopper shows at the counter; the order takes it over from the cart when placed
      metadata: { delivery_method: "pickup", pickup_showroom_id: showroom.id, pickup_code: newPickupCode(), locale: input.locale ?? "vi" },
    })
  }
  const checked = checkDeliveryAddress({ fullName: input.full_name, phone: input.phone, provinceCode: input.address.province_code, wardCode: input.address.ward_code, street: input.address.street })
  if (!checked.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The address cannot be delivered to: ${checked.problems.map((problem) => `${problem.field} is ${problem.code.replace("_", " ")}`).join(", ")}.`)
  }
  const { address } = checked
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [onlineChannelId, { data: options }] = await Promise.all([
    readOnlineChannelId(container),
    query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { name: HOME_DELIVERY.name } }),
  ])
  const option = (options as Array<{ id: string; type?: { code?: string } | null }>).find((candidate) => candidate.type?.code === HOME_DELIVERY.typeCode)
  if (!option) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Home delivery is not set up in this shop (run the seed).")
  }
  return new StepResponse<CartDeliveryPlan>({
    cart_id: cart.id,
    email: input.email,
    sales_channel_id: onlineChannelId,
    shipping_option_id: option.id,
    shipping_address: {
      first_name: address.fullName,
      phone: address.phone,
      country_code: "vn",
      address_1: address.street,
      city: address.wardName,
      province: address.provinceName,
      metadata: { province_code: address.provinceCode, ward_code: address.wardCode, legacy_district: address.legacyDistrict },
    },
    // a pickup chosen earlier is forgotten (Medusa merges metadata; null removes a key)
    metadata: { delivery_method: "delivery", pickup_showroom_id: null, pickup_code: null, locale: input.locale ?? "vi" },
  })
})
