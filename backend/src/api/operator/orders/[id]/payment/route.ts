import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCounterPaymentWorkflow } from "../../../../../workflows/operations/workflows/record-counter-payment"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"

/** POST /operator/orders/:id/payment: records the cash received at the counter or on delivery. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await recordCounterPaymentWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
