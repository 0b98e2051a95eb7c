import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerProductWorkflow } from "../../../../workflows/producer/workflows/update-producer-product"
import type { ProducerUpdateProductType } from "../../validators"
import { retrieveProducerProduct } from "../read-producer-products"

/** GET /producer/products/:id: one of the producer's products, with its stock per showroom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: await retrieveProducerProduct(req.scope, req.auth_context.actor_id, (req.params as { id: string }).id) })
}

/** POST /producer/products/:id: change a product; a live one keeps showing its approved version. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const productId = (req.params as { id: string }).id
  await updateProducerProductWorkflow(req.scope).run({ input: { producer_id: producerId, product_id: productId, change: req.validatedBody } })
  res.json({ product: await retrieveProducerProduct(req.scope, producerId, productId) })
}
