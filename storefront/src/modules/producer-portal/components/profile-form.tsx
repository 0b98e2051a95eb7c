"use client"

import type { ProducerProfile } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { updateProducerProfile } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** The producer's story (Vietnamese, English) and contact; a wrong phone or email is named beside it and nothing typed is lost. */
export function ProfileForm({ producer }: { producer: ProducerProfile }) {
  const t = useTranslations("ProducerPortal.profile")
  const tErrors = useTranslations("ProducerPortal.errors")
  const [state, action, pending] = useActionState(updateProducerProfile, INITIAL_PORTAL_FORM)
  const fieldError = (field: "phone" | "email") => {
    const error = state.fieldErrors?.[field]
    return error ? tErrors(error, { detail: "" }) : undefined
  }
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={t("save")}>
      <PortalFormMessage state={state} done={t("saved")} />
      <PortalField name="story_vi" label={t("storyVi")} defaultValue={producer.storyVi ?? ""} multiline hint={t("storyHint")} />
      <PortalField name="story_en" label={t("storyEn")} defaultValue={producer.storyEn ?? ""} multiline />
      <PortalField name="phone" label={t("phone")} type="tel" inputMode="tel" autoComplete="tel" defaultValue={producer.phone ?? ""} hint={t("phoneHint")} error={fieldError("phone")} />
      <PortalField name="email" label={t("email")} type="email" inputMode="email" autoComplete="email" defaultValue={producer.email ?? ""} error={fieldError("email")} />
      <PortalField name="street" label={t("street")} autoComplete="street-address" defaultValue={producer.street ?? ""} hint={t("streetHint", { place: [producer.commune, producer.province].filter(Boolean).join(", ") })} />
      <PortalButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </KeptForm>
  )
}
