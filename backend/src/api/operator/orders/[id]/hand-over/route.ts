import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverOrderWorkflow } from "../../../../../workflows/operations/workflows/hand-over-order"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"
import type { OperatorHandOverOrderType } from "../../../validators"

/** POST /operator/orders/:id/hand-over: hands a ready order over once the shopper's pickup code matches. */
export async function POST(req: AuthenticatedMedusaRequest<OperatorHandOverOrderType>, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await handOverOrderWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids, pickup_code: req.validatedBody.pickup_code } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
