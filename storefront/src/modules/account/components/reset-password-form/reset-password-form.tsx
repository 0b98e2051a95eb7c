"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { initialFormState } from "@/lib/account/form-state"
import { resetPassword } from "@/lib/data/password-reset"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

/** A new password for the account a reset link names; the link's token goes along unseen. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(resetPassword, initialFormState<"email" | "password">({ email }))
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby="reset-password-title">
      <FormMessage error={state.formError} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* The account's email as a username for password managers; it comes from the link and is not edited. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField name="password" type="password" label={t("resetPassword.newPassword")} autoComplete="new-password" hint={t("fields.passwordHint")} error={state.fieldErrors.password} />
      <SubmitButton label={t("resetPassword.submit")} pendingLabel={t("resetPassword.pending")} pending={pending} />
    </KeptForm>
  )
}
