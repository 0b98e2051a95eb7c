import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AreaOption } from "@ocop/types"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** GET /admin/ocop/areas: the province's district-level areas, for showroom and producer forms. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const records = await req.scope.resolve<OcopModuleService>(OCOP_MODULE).listOcopAreas({}, { order: { rank: "ASC" } })
  const areas: AreaOption[] = records.map((area) => ({ code: area.code, name: area.name, fullName: area.full_name, type: area.type }))
  res.json({ areas })
}
