import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerProductWorkflow } from "../../../workflows/producer/workflows/create-producer-product"
import type { ProducerCreateProductType } from "../validators"
import { listProducerProducts, retrieveProducerProduct } from "./read-producer-products"

/** GET /producer/products: the logged-in producer's products, drafts to live. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const products = await listProducerProducts(req.scope, req.auth_context.actor_id)
  res.json({ products, count: products.length })
}

/** POST /producer/products: start a product, unpublished until staff approve it. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) {
  const body = req.validatedBody
  const producerId = req.auth_context.actor_id
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      content: { title: body.title, title_en: body.title_en, description: body.description, description_en: body.description_en, images: [], variants: body.variants },
    },
  })
  res.status(201).json({ product: await retrieveProducerProduct(req.scope, producerId, result.id) })
}
