import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { AreaOption } from "@ocop/types"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** GET /store/ocop/areas: the province's district-level areas (before the 2025 reform), for filters. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const records = await req.scope.resolve<OcopModuleService>(OCOP_MODULE).listOcopAreas({}, { order: { rank: "ASC" } })
  const areas: AreaOption[] = records.map((area) => ({ code: area.code, name: area.name, fullName: area.full_name, type: area.type }))
  res.json({ areas })
}
