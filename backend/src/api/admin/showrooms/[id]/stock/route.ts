import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stockShowroomWorkflow } from "../../../../../workflows/showroom/workflows/stock-showroom"
import { readShowroom } from "../../read-showroom"
import type { AdminStockShowroomType } from "../../validators"

/** POST /admin/showrooms/:id/stock: set how many units of each variant the showroom holds. */
export async function POST(req: AuthenticatedMedusaRequest<AdminStockShowroomType>, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  await stockShowroomWorkflow(req.scope).run({ input: { showroom_id: id, items: req.validatedBody.items } })
  res.json({ showroom: await readShowroom(req.scope, id) })
}
