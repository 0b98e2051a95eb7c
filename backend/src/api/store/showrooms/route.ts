import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../views/showroom-view"

/** GET /store/showrooms: every showroom, the provincial one first, then by area. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: showroomFields() })
  const collator = new Intl.Collator("vi")
  const showrooms = (data as ShowroomRecord[])
    .map(toShowroomSummary)
    .sort((a, b) => Number(b.level === "provincial") - Number(a.level === "provincial") || collator.compare(a.name, b.name))
  res.json({ showrooms, count: showrooms.length })
}
