import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OperatorProfile } from "@ocop/types"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../views/showroom-view"
import { readOperatorScope } from "../operator-scope"

/** GET /operator/me: the signed-in operator and the showrooms they work for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: showroomFields(),
    filters: scope.showroom_ids === null ? {} : { id: scope.showroom_ids },
  })
  const collator = new Intl.Collator("vi")
  const operator: OperatorProfile = {
    id: scope.operator_id,
    email: scope.email,
    name: scope.name,
    allShowrooms: scope.all_showrooms,
    showrooms: (data as ShowroomRecord[]).map(toShowroomSummary).sort((a, b) => collator.compare(a.name, b.name)),
  }
  res.json({ operator })
}
