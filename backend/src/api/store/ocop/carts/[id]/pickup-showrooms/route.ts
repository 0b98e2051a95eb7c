import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { PickupShowroomOption } from "@ocop/types"
import { listPickupOptions, readCheckoutCart } from "../../../../../../lib/checkout/cart-stock"

/**
 * GET /store/ocop/carts/:id/pickup-showrooms: every showroom as a pickup choice for this cart,
 * whether it holds every item and, if not, which items it lacks and how many it has.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const cart = await readCheckoutCart(req.scope, req.params.id!)
  const options = await listPickupOptions(req.scope, cart)
  const showrooms: PickupShowroomOption[] = options.map(({ showroom: { locationId: _l, salesChannelId: _s, shippingOptionId: _o, address: _a, ...showroom }, holdsEverything, missing }) => ({
    showroom,
    holdsEverything,
    missing,
  }))
  res.json({ showrooms })
}
