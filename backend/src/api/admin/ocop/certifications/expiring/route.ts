import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationExpiry, todayInVietnam } from "@ocop/domain"
import { toCertificationView, type CertificationRecord } from "../../../../views/certification-view"
import type { AdminListExpiringType } from "../../validators"

type Row = CertificationRecord & { ocop_product?: { product?: { id: string; title: string; handle: string } | null } | null }

/**
 * GET /admin/ocop/certifications/expiring: current certifications that expire within the next
 * `within_days` days (90 by default), soonest first, with their product.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { within_days } = req.validatedQuery as unknown as AdminListExpiringType
  const today = todayInVietnam(new Date())
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ocop_certification",
    fields: ["*", "ocop_product.product.id", "ocop_product.product.title", "ocop_product.product.handle"],
    filters: { state: "current" },
  })
  const horizon = new Date(`${today}T00:00:00Z`)
  horizon.setUTCDate(horizon.getUTCDate() + within_days)
  const last = horizon.toISOString().slice(0, 10)
  const certifications = (data as Row[])
    .filter((row) => row.decision_date && certificationExpiry(row.decision_date) >= today && certificationExpiry(row.decision_date) <= last)
    .map((row) => ({ ...toCertificationView(row, today), product: row.ocop_product?.product ?? null }))
    .sort((a, b) => (a.expiresOn ?? "").localeCompare(b.expiresOn ?? ""))
  res.json({ certifications, today, within_days })
}
