import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignProductProducerWorkflow } from "../../../../../workflows/producer/workflows/assign-product-producer"
import type { AdminAssignProducerType } from "../../../ocop/validators"
import { readProductOcop } from "../ocop/read-product-ocop"

/** POST /admin/products/:id/producer: set which producer makes the product. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignProducerType>, res: MedusaResponse) {
  const productId = (req.params as { id: string }).id
  await assignProductProducerWorkflow(req.scope).run({ input: { product_id: productId, producer_id: req.validatedBody.producer_id } })
  res.json({ ocop: await readProductOcop(req.scope, productId) })
}
