import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openShowroomWorkflow } from "../../../workflows/showroom/workflows/open-showroom"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../views/showroom-view"
import { readShowroom } from "./read-showroom"
import type { AdminOpenShowroomType } from "./validators"

/** GET /admin/showrooms: every showroom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: showroomFields() })
  const collator = new Intl.Collator("vi")
  const showrooms = (data as ShowroomRecord[]).map(toShowroomSummary).sort((a, b) => collator.compare(a.name, b.name))
  res.json({ showrooms, count: showrooms.length })
}

/** POST /admin/showrooms: open a showroom with its stock location, pickup option and sales channel. */
export async function POST(req: AuthenticatedMedusaRequest<AdminOpenShowroomType>, res: MedusaResponse) {
  const { result } = await openShowroomWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ showroom: await readShowroom(req.scope, result.id) })
}
