import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptOrderWorkflow } from "../../../../../workflows/operations/workflows/accept-order"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"

/** POST /operator/orders/:id/accept: the showroom takes a new order on. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await acceptOrderWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
