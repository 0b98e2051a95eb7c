import { resolveLocale } from "@/i18n/resolve-locale"
import { listCertificationDocuments } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { DocumentsTemplate } from "@/modules/producer-portal/templates/documents-template"

/** The producer's certification documents: upload one, see where staff's check of each stands. */
export default async function ProducerDocumentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const documents = await listCertificationDocuments()
  if (!documents.ok && documents.reason === "login") toPortalLogin(locale)
  if (!documents.ok) return <UnavailableNotice />
  return <DocumentsTemplate documents={documents.data} />
}
