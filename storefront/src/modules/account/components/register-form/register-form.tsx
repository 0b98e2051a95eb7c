"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { initialFormState } from "@/lib/account/form-state"
import { register } from "@/lib/data/customer"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

/** A new account: name, email, password and an optional Vietnamese phone. */
export function RegisterForm() {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(register, initialFormState<"email" | "password" | "fullName" | "phone">())
  const { values, fieldErrors } = state
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby="register-title">
      <FormMessage error={state.formError} />
      <FormField name="fullName" label={t("fields.fullName")} autoComplete="name" defaultValue={values.fullName} error={fieldErrors.fullName} />
      <FormField name="email" type="email" label={t("fields.email")} autoComplete="email" defaultValue={values.email} error={fieldErrors.email} />
      <FormField
        name="password"
        type="password"
        label={t("fields.password")}
        autoComplete="new-password"
        hint={t("fields.passwordHint")}
        error={fieldErrors.password}
      />
      <FormField
        name="phone"
        type="tel"
        label={t("fields.phone")}
        autoComplete="tel"
        hint={t("fields.phoneHint")}
        optional
        defaultValue={values.phone}
        error={fieldErrors.phone}
      />
      <SubmitButton label={t("register.submit")} pendingLabel={t("register.pending")} pending={pending} />
    </KeptForm>
  )
}
