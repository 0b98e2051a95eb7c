import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateShowroomWorkflow } from "../../../../workflows/showroom/workflows/update-showroom"
import { readShowroom } from "../read-showroom"
import type { AdminUpdateShowroomType } from "../validators"

/** GET /admin/showrooms/:id: a showroom with its stock levels. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ showroom: await readShowroom(req.scope, (req.params as { id: string }).id) })
}

/** POST /admin/showrooms/:id: change a showroom's name, phone, hours, address or area. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateShowroomType>, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  await updateShowroomWorkflow(req.scope).run({ input: { id, ...req.validatedBody } })
  res.json({ showroom: await readShowroom(req.scope, id) })
}
