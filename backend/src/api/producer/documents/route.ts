import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { uploadCertificationDocumentWorkflow } from "../../../workflows/producer/workflows/upload-certification-document"
import { checkedUploads } from "../uploads"
import { listCertificationDocuments, toDocumentView } from "./read-documents"

/** GET /producer/documents: the certification documents the producer uploaded. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const documents = await listCertificationDocuments(req.scope, req.auth_context.actor_id)
  res.json({ documents, count: documents.length })
}

/** POST /producer/documents: upload a certification document (multipart: one file in "files", and its "title"). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const title = String((req.body as { title?: unknown } | undefined)?.title ?? "").trim()
  if (!title) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Say what the document is in the form field "title", e.g. Quyết định 1234/QĐ-UBND.', PRODUCER_ERROR_CODES.documentTitleRequired)
  }
  const files = checkedUploads(req)
  if (files.length !== 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Upload one document at a time.", PRODUCER_ERROR_CODES.oneDocumentAtATime)
  }
  const { result } = await uploadCertificationDocumentWorkflow(req.scope).run({ input: { producer_id: req.auth_context.actor_id, title, file: files[0]! } })
  res.status(201).json({ document: toDocumentView(result) })
}
