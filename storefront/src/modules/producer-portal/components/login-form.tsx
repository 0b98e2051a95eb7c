"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginProducer } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** Email and password of a producer account. */
export function ProducerLoginForm() {
  const t = useTranslations("ProducerPortal.login")
  const [state, action, pending] = useActionState(loginProducer, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={t("title")}>
      <PortalFormMessage state={state} />
      <PortalField name="email" type="email" label={t("email")} autoComplete="email" inputMode="email" />
      <PortalField name="password" type="password" label={t("password")} autoComplete="current-password" />
      <PortalButton label={t("submit")} pendingLabel={t("pending")} pending={pending} />
    </KeptForm>
  )
}
