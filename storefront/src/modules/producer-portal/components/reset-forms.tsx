"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestProducerPasswordReset, resetProducerPassword } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** Asks for a reset link by email. */
export function AskResetForm() {
  const t = useTranslations("ProducerPortal")
  const [state, action, pending] = useActionState(requestProducerPasswordReset, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={t("reset.title")}>
      <p className="text-stone-700">{t("reset.askIntro")}</p>
      <PortalFormMessage state={state} done={t("reset.asked")} />
      <PortalField name="email" type="email" label={t("login.email")} autoComplete="email" inputMode="email" />
      <PortalButton label={t("reset.ask")} pendingLabel={t("editor.submitting")} pending={pending} />
    </KeptForm>
  )
}

/** Sets the new password with the link's token. */
export function SetPasswordForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("ProducerPortal")
  const [state, action, pending] = useActionState(resetProducerPassword, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={t("reset.title")}>
      <p className="text-stone-700">{t("reset.setIntro", { email })}</p>
      <PortalFormMessage state={state} done={t("reset.done")} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <PortalField name="password" type="password" label={t("invite.password")} autoComplete="new-password" />
      <PortalButton label={t("reset.set")} pendingLabel={t("editor.saving")} pending={pending} />
    </KeptForm>
  )
}
