"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { submitProducerProduct } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalFormMessage } from "./portal-form-message"

/** Sends the product (or the change to a live one) to province staff. */
export function SubmitProductForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal.editor")
  const [state, action, pending] = useActionState(submitProducerProduct, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-2" aria-label={t("submit")}>
      <PortalFormMessage state={state} done={t("submitted")} />
      <input type="hidden" name="product_id" value={productId} />
      <PortalButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
      <p className="text-sm text-stone-600">{t("submitHint")}</p>
    </KeptForm>
  )
}
