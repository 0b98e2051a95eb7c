"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { initialFormState } from "@/lib/account/form-state"
import { updateCustomer } from "@/lib/data/customer"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

type Props = { fullName: string; phone: string }

/** The customer's name and phone, filled with what the shop knows, saved in place. */
export function ProfileForm({ fullName, phone }: Props) {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(updateCustomer, initialFormState<"fullName" | "phone">({ fullName, phone }))
  const { values, fieldErrors } = state
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby="profile-heading">
      <FormField name="fullName" label={t("fields.fullName")} autoComplete="name" defaultValue={values.fullName} error={fieldErrors.fullName} />
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
      <FormMessage error={state.formError} saved={state.saved} savedText={t("profile.saved")} />
      <div>
        <SubmitButton label={t("profile.submit")} pendingLabel={t("profile.pending")} pending={pending} />
      </div>
    </KeptForm>
  )
}
