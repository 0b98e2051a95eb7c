"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { initialFormState } from "@/lib/account/form-state"
import { login } from "@/lib/data/customer"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

/** Email and password; after logging in the shopper goes on to `next`, the page they wanted. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(login, initialFormState<"email" | "password">())
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby="login-title">
      <FormMessage error={state.formError} />
      <input type="hidden" name="next" value={next} />
      <FormField name="email" type="email" label={t("fields.email")} autoComplete="email" defaultValue={state.values.email} error={state.fieldErrors.email} />
      <FormField name="password" type="password" label={t("fields.password")} autoComplete="current-password" error={state.fieldErrors.password} />
      <SubmitButton label={t("login.submit")} pendingLabel={t("login.pending")} pending={pending} />
    </KeptForm>
  )
}
