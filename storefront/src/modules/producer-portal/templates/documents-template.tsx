import type { CertificationDocumentView } from "@ocop/types"
import { useFormatter, useTranslations } from "next-intl"
import { DocumentUploadForm } from "../components/document-upload-form"
import { PortalShell } from "./portal-shell"

const COLOURS = { pending: "bg-amber-100 text-amber-900", accepted: "bg-green-100 text-green-800", refused: "bg-red-100 text-red-800" }

/** The producer's certification documents: a new one for staff to check, and each sent with where staff's check stands. */
export function DocumentsTemplate({ documents }: { documents: CertificationDocumentView[] }) {
  const t = useTranslations("ProducerPortal.documents")
  const format = useFormatter()
  return (
    <PortalShell>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </div>
      <DocumentUploadForm />
      <section aria-labelledby="documents-title" className="flex flex-col gap-2">
        <h2 id="documents-title" className="text-lg font-semibold text-stone-900">{t("sent")}</h2>
        {documents.length === 0 ? <p className="text-stone-700">{t("empty")}</p> : null}
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {documents.map((document) => (
            <li key={document.id} data-testid="portal-document" className="flex flex-col gap-1 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <a href={document.url} target="_blank" rel="noreferrer" className="font-medium text-brand-800 underline">
                  {document.title}
                </a>
                <span data-testid="document-status" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${COLOURS[document.status]}`}>
                  {t(`status.${document.status}`)}
                </span>
              </div>
              <span className="text-sm text-stone-600">
                {t("uploadedOn", { filename: document.filename, date: format.dateTime(new Date(document.uploadedAt), { dateStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }) })}
              </span>
              {document.status === "refused" && document.refusalReason ? (
                <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{t("refusedBecause", { reason: document.refusalReason })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </PortalShell>
  )
}
