"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { initialFormState } from "@/lib/account/form-state"
import { requestPasswordReset } from "@/lib/data/password-reset"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

/** An email to mail a reset link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(requestPasswordReset, initialFormState<"email">())
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby="forgot-password-title">
      <FormMessage error={state.formError} saved={state.saved} savedText={t("forgotPassword.sent", { email: state.values.email ?? "" })} />
      <FormField name="email" type="email" label={t("fields.email")} autoComplete="email" defaultValue={state.values.email} error={state.fieldErrors.email} />
      <SubmitButton label={t("forgotPassword.submit")} pendingLabel={t("forgotPassword.pending")} pending={pending} />
    </KeptForm>
  )
}
