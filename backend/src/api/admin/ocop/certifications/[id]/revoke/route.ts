import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { todayInVietnam } from "@ocop/domain"
import { revokeCertificationWorkflow } from "../../../../../../workflows/ocop/workflows/revoke-certification"
import { toCertificationView } from "../../../../../views/certification-view"
import type { AdminRevokeCertificationType } from "../../../validators"

/** POST /admin/ocop/certifications/:id/revoke: withdraw a certification, keeping it in the history. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRevokeCertificationType>, res: MedusaResponse) {
  const { result } = await revokeCertificationWorkflow(req.scope).run({
    input: { certification_id: (req.params as { id: string }).id, reason: req.validatedBody.reason },
  })
  res.json({ certification: toCertificationView(result, todayInVietnam(new Date())) })
}
