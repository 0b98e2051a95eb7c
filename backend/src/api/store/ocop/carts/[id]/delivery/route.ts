import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chooseCartDeliveryWorkflow } from "../../../../../../workflows/checkout/workflows/choose-cart-delivery"
import { reopenCartDeliveryWorkflow } from "../../../../../../workflows/checkout/workflows/reopen-cart-delivery"
import type { StoreChooseCartDeliveryType } from "../../validators"

/**
 * POST /store/ocop/carts/:id/delivery: the shopper's contact and how they receive the order,
 * pickup at a showroom holding every item or home delivery; answers the updated cart.
 */
export async function POST(req: MedusaStoreRequest<StoreChooseCartDeliveryType>, res: MedusaResponse) {
  const body = req.validatedBody
  await chooseCartDeliveryWorkflow(req.scope).run({ input: { ...body, cart_id: req.params.id! } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "email", "sales_channel_id", "metadata", "shipping_address.*", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id", "total", "shipping_total", "item_total"],
    filters: { id: req.params.id! },
  })
  res.json({ cart: data[0] })
}

/**
 * DELETE /store/ocop/carts/:id/delivery: forgets the delivery choice and takes the cart back to
 * the online shop, after a pickup showroom ran out before the order was placed.
 */
export async function DELETE(req: MedusaStoreRequest, res: MedusaResponse) {
  await reopenCartDeliveryWorkflow(req.scope).run({ input: { cart_id: req.params.id! } })
  res.json({ id: req.params.id, deleted: true })
}
