import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitProducerProductWorkflow } from "../../../../../workflows/producer/workflows/submit-producer-product"
import { retrieveProducerProduct } from "../../read-producer-products"

/** POST /producer/products/:id/submit: send the product (or the change to a live one) to staff for review. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const productId = (req.params as { id: string }).id
  await submitProducerProductWorkflow(req.scope).run({ input: { producer_id: producerId, product_id: productId } })
  res.json({ product: await retrieveProducerProduct(req.scope, producerId, productId) })
}
