import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readProductOcop } from "./read-product-ocop"

/** GET /admin/products/:id/ocop: origin, certification history with status, and producer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ ocop: await readProductOcop(req.scope, (req.params as { id: string }).id) })
}
