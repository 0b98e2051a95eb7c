import type { MedusaContainer } from "@medusajs/framework/types"
import type { CertificationDocumentView } from "@ocop/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type DocumentRecord = {
  id: string
  title: string
  filename: string
  mime_type: string
  size: number
  url: string
  created_at: Date | string
  status: CertificationDocumentView["status"]
  refusal_reason: string | null
  reviewed_at: Date | string | null
}

/** A certification document as the portal and the admin show it. */
export function toDocumentView(record: DocumentRecord): CertificationDocumentView {
  return {
    id: record.id,
    title: record.title,
    filename: record.filename,
    mimeType: record.mime_type,
    size: record.size,
    url: record.url,
    uploadedAt: new Date(record.created_at).toISOString(),
    status: record.status,
    refusalReason: record.refusal_reason,
    reviewedAt: record.reviewed_at ? new Date(record.reviewed_at).toISOString() : null,
  }
}

/** A producer's documents, newest first (optionally one of them). */
export async function listCertificationDocuments(container: Pick<MedusaContainer, "resolve">, producerId: string, id?: string): Promise<CertificationDocumentView[]> {
  const documents = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listCertificationDocuments({ producer_id: producerId, ...(id ? { id } : {}) }, { order: { created_at: "DESC" } })
  return documents.map(toDocumentView)
}
