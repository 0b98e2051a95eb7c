import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveShowroomStockWorkflow } from "../../../../../../workflows/operations/workflows/move-showroom-stock"
import { readOperatorScope } from "../../../../operator-scope"
import type { OperatorReceiveDeliveryType } from "../../../../validators"
import { readOperatorShowroomLocation, readShowroomStock } from "../../../read-showroom-stock"

/** POST /operator/showrooms/:id/stock/deliveries: adds a delivery received to the showroom's stock. */
export async function POST(req: AuthenticatedMedusaRequest<OperatorReceiveDeliveryType>, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const showroomId = req.params.id!
  const { items, note } = req.validatedBody
  await moveShowroomStockWorkflow(req.scope).run({
    input: {
      showroom_id: showroomId,
      showroom_ids: scope.showroom_ids,
      operator_id: scope.operator_id,
      kind: "delivery",
      reason: note?.trim() || "Delivery received",
      items: items.map((item) => ({ variant_id: item.variant_id, change: item.quantity })),
    },
  })
  res.status(201).json({ stock: await readShowroomStock(req.scope, await readOperatorShowroomLocation(req.scope, scope, showroomId)) })
}
