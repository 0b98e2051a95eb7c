import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readShowroom } from "../read-showroom"

/** GET /admin/showrooms/:id: a showroom with its stock levels. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ showroom: await readShowroom(req.scope, (req.params as { id: string }).id) })
}
