import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOperatorOrder } from "../../read-operator-order"
import { readOperatorScope } from "../../operator-scope"

/** GET /operator/orders/:id: one order of the operator's showrooms. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  res.json({ order: await readOperatorOrder(req.scope, scope, req.params.id!) })
}
