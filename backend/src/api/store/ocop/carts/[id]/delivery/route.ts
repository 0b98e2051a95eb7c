import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chooseCartDeliveryWorkflow } from "../../../../../../workflows/checkout/workflows/choose-cart-delivery"
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
