import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addProducerProductImagesWorkflow } from "../../../../../workflows/producer/workflows/add-producer-product-images"
import { checkedUploads } from "../../../uploads"
import { retrieveProducerProduct } from "../../read-producer-products"

/** POST /producer/products/:id/images: upload pictures (multipart field "files") and add them to the product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const productId = (req.params as { id: string }).id
  await addProducerProductImagesWorkflow(req.scope).run({ input: { producer_id: producerId, product_id: productId, files: checkedUploads(req) } })
  res.status(201).json({ product: await retrieveProducerProduct(req.scope, producerId, productId) })
}
