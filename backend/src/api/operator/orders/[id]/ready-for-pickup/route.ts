import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOrderReadyForPickupWorkflow } from "../../../../../workflows/operations/workflows/mark-order-ready-for-pickup"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"

/** POST /operator/orders/:id/ready-for-pickup: the pickup order waits at the counter; the shopper is told. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await markOrderReadyForPickupWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
