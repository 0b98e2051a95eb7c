"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { initialFormState } from "@/lib/account/form-state"
import { addressFormValues, type AddressField, type SavedAddress } from "@/lib/account/saved-address"
import { saveAddress } from "@/lib/data/addresses"
import type { UnitOption } from "@/lib/data/administrative-units"
import { AddressFields } from "@/modules/common/components/address-fields/address-fields"
import { FormField } from "../form-field/form-field"
import { FormMessage } from "../form-message/form-message"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { SubmitButton } from "../submit-button/submit-button"

type Props = {
  provinces: UnitOption[]
  /** the wards of the edited address's province; none for a new address */
  initialWards: UnitOption[]
  /** the address being edited; a new one when left out */
  address?: SavedAddress
}

/** A saved address's recipient, phone, province, commune or ward and street, checked as the checkout checks them. */
export function AddressForm({ provinces, initialWards, address }: Props) {
  const t = useTranslations("Account")
  const [state, action, pending] = useActionState(saveAddress, initialFormState<AddressField>(address ? addressFormValues(address) : {}))
  const { values, fieldErrors } = state
  const idPrefix = address ? `address-${address.id}` : "address-new"
  const unitErrors = Object.fromEntries(
    (["provinceCode", "wardCode", "street"] as const).flatMap((field) => {
      const code = fieldErrors[field]
      return code ? [[field, t(`errors.${code}`)]] : []
    }),
  )
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-labelledby={`${idPrefix}-title`}>
      {address ? <input type="hidden" name="addressId" value={address.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="fullName" id={`${idPrefix}-fullName`} label={t("fields.fullName")} autoComplete="name" defaultValue={values.fullName} error={fieldErrors.fullName} />
        <FormField name="phone" id={`${idPrefix}-phone`} type="tel" label={t("fields.phone")} autoComplete="tel" defaultValue={values.phone} error={fieldErrors.phone} />
      </div>
      <AddressFields provinces={provinces} initialWards={initialWards} values={values} errors={unitErrors} idPrefix={idPrefix} />
      <FormMessage error={state.formError} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("addresses.save")} pendingLabel={t("addresses.pending")} pending={pending} />
        {address ? (
          <Link href="/account/addresses" className="inline-flex min-h-11 items-center px-3 text-stone-700 underline underline-offset-2">
            {t("addresses.cancel")}
          </Link>
        ) : null}
      </div>
    </KeptForm>
  )
}
