import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCertificationDocuments } from "../../../../producer/documents/read-documents"

/** GET /admin/producers/:id/documents: the certification documents the producer uploaded, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const documents = await listCertificationDocuments(req.scope, (req.params as { id: string }).id)
  res.json({ documents, count: documents.length })
}
