import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certifyProductWorkflow } from "../../../../../workflows/ocop/workflows/certify-product"
import type { AdminCertifyProductType } from "../../../ocop/validators"
import { readProductOcop } from "../ocop/read-product-ocop"

/** POST /admin/products/:id/certifications: certify the product or renew its certification. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCertifyProductType>, res: MedusaResponse) {
  const productId = (req.params as { id: string }).id
  const { expires_at: _expiry, ...body } = req.validatedBody
  await certifyProductWorkflow(req.scope).run({
    input: {
      ...body,
      product_id: productId,
      awarding_level: body.awarding_level ?? null,
    },
  })
  res.json({ ocop: await readProductOcop(req.scope, productId) })
}
