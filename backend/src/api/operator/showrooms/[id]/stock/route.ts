import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOperatorScope } from "../../../operator-scope"
import type { OperatorListStockType } from "../../../validators"
import { LOW_STOCK_AT, readOperatorShowroomLocation, readShowroomStock } from "../../read-showroom-stock"

/** GET /operator/showrooms/:id/stock: the showroom's stock per product; `?low=true` lists only what runs low. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const locationId = await readOperatorShowroomLocation(req.scope, scope, req.params.id!)
  const lines = await readShowroomStock(req.scope, locationId)
  const { low } = req.validatedQuery as OperatorListStockType
  res.json({ stock: low === "true" ? lines.filter((line) => line.low) : lines, low_stock_at: LOW_STOCK_AT })
}
