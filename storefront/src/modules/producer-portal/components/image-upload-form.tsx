"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { uploadProducerProductImages } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PICTURE_TYPES, PortalFileField } from "./portal-file-field"
import { PortalFormMessage } from "./portal-form-message"

/** Pictures to add to a product (a phone offers its camera here). */
export function ImageUploadForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal.editor")
  const [state, action, pending] = useActionState(uploadProducerProductImages, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-3" aria-label={t("upload")}>
      <PortalFormMessage state={state} done={t("uploaded")} />
      <input type="hidden" name="product_id" value={productId} />
      <PortalFileField label={t("images")} accept={PICTURE_TYPES} hint={t("imagesHint")} multiple />
      <PortalButton label={t("upload")} pendingLabel={t("uploading")} pending={pending} variant="secondary" />
    </KeptForm>
  )
}
