import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipOrderWorkflow } from "../../../../../workflows/operations/workflows/ship-order"
import { readOperatorOrder } from "../../../read-operator-order"
import { readOperatorScope } from "../../../operator-scope"
import type { OperatorShipOrderType } from "../../../validators"

/** POST /operator/orders/:id/ship: a home-delivery order leaves with a carrier and tracking number. */
export async function POST(req: AuthenticatedMedusaRequest<OperatorShipOrderType>, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const id = req.params.id!
  await shipOrderWorkflow(req.scope).run({ input: { order_id: id, operator_id: scope.operator_id, showroom_ids: scope.showroom_ids, ...req.validatedBody } })
  res.json({ order: await readOperatorOrder(req.scope, scope, id) })
}
