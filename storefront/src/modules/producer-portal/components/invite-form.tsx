"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { acceptProducerInvite } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** The password that opens the invited account. */
export function InviteForm({ token }: { token: string }) {
  const t = useTranslations("ProducerPortal.invite")
  const [state, action, pending] = useActionState(acceptProducerInvite, INITIAL_PORTAL_FORM)
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={t("title")}>
      <PortalFormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <PortalField name="password" type="password" label={t("password")} autoComplete="new-password" />
      <PortalButton label={t("submit")} pendingLabel={t("pending")} pending={pending} />
    </KeptForm>
  )
}
