"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { uploadCertificationDocument } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** A certification document for staff: what it is, and the decision as PDF or a photo of it. */
export function DocumentUploadForm() {
  const t = useTranslations("ProducerPortal.documents")
  const tErrors = useTranslations("ProducerPortal.errors")
  const [state, action, pending] = useActionState(uploadCertificationDocument, INITIAL_PORTAL_FORM)
  const titleError = state.fieldErrors?.title
  const fileError = state.fieldErrors?.file
  return (
    <KeptForm action={action} className="flex flex-col gap-3" aria-label={t("upload")}>
      <PortalFormMessage state={state} done={t("uploaded")} />
      <PortalField name="title" label={t("documentTitle")} hint={t("documentTitleHint")} error={titleError ? tErrors(titleError, { detail: "" }) : undefined} />
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("file")}
        <input
          name="files"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp,image/gif"
          className="text-base"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "document-file-error" : undefined}
        />
        <span className="text-xs font-normal text-stone-600">{t("fileHint")}</span>
        {fileError ? (
          <span id="document-file-error" role="alert" data-testid="field-error-file" className="text-sm font-normal text-red-800">
            {tErrors(fileError, { detail: "" })}
          </span>
        ) : null}
      </label>
      <PortalButton label={t("upload")} pendingLabel={t("uploading")} pending={pending} />
    </KeptForm>
  )
}
