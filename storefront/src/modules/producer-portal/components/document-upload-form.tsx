"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { uploadCertificationDocument } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PICTURE_TYPES, PortalFileField } from "./portal-file-field"
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
      <PortalFileField label={t("file")} accept={`application/pdf,${PICTURE_TYPES}`} hint={t("fileHint")} errorKey="file" error={fileError ? tErrors(fileError, { detail: "" }) : undefined} />
      <PortalButton label={t("upload")} pendingLabel={t("uploading")} pending={pending} />
    </KeptForm>
  )
}
