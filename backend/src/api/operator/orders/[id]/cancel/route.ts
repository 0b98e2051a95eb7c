import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelShowroomOrderWorkflow } from "../../../../../workflows/operations/workflows/cancel-showroom-order"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"
import type { OperatorCancelOrderType } from "../../../validators"

/** POST /operator/orders/:id/cancel: cancels an order with a reason, releasing its reserved stock. */
export async function POST(req: AuthenticatedMedusaRequest<OperatorCancelOrderType>, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await cancelShowroomOrderWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids, reason: req.validatedBody.reason } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
