import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewCertificationDocumentWorkflow } from "../../../../../../../workflows/producer/workflows/review-certification-document"
import { listCertificationDocuments } from "../../../../../../producer/documents/read-documents"
import type { AdminReviewCertificationDocumentType } from "../../../../validators"

/** POST /admin/producers/:id/documents/:document_id/review: accept the document, or refuse it with a reason the producer reads. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewCertificationDocumentType>, res: MedusaResponse) {
  const { id, document_id } = req.params as { id: string; document_id: string }
  const { status, reason } = req.validatedBody
  await reviewCertificationDocumentWorkflow(req.scope).run({ input: { producer_id: id, document_id, status, reason } })
  const [document] = await listCertificationDocuments(req.scope, id, document_id)
  res.json({ document })
}
