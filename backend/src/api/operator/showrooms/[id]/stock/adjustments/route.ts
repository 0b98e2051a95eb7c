import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveShowroomStockWorkflow } from "../../../../../../workflows/operations/workflows/move-showroom-stock"
import { readOperatorScope } from "../../../../operator-scope"
import type { OperatorAdjustStockType } from "../../../../validators"
import { readOperatorShowroomLocation, readShowroomStock } from "../../../read-showroom-stock"

/** POST /operator/showrooms/:id/stock/adjustments: corrects one product's stock (up or down) with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<OperatorAdjustStockType>, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const showroomId = req.params.id!
  const { variant_id, change, reason } = req.validatedBody
  await moveShowroomStockWorkflow(req.scope).run({
    input: { showroom_id: showroomId, showroom_ids: scope.showroom_ids, operator_id: scope.operator_id, kind: "adjustment", reason, items: [{ variant_id, change }] },
  })
  res.json({ stock: await readShowroomStock(req.scope, await readOperatorShowroomLocation(req.scope, scope, showroomId)) })
}
