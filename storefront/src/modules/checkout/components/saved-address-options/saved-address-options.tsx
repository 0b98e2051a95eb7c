"use client"

import { formatVietnamesePhone, isVietnamesePhone } from "@ocop/domain"
import { useTranslations } from "next-intl"
import type { SavedAddress } from "@/lib/account/saved-address"

type Props = {
  addresses: SavedAddress[]
  /** the chosen address's id, or "" for another address */
  chosen: string
  onChoose: (addressId: string) => void
  disabled?: boolean
}

const optionClass =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"

/** A logged-in shopper's saved addresses to deliver to, each with its former district, or another one. */
export function SavedAddressOptions({ addresses, chosen, onChoose, disabled = false }: Props) {
  const t = useTranslations("Checkout")
  return (
    <fieldset className="flex flex-col gap-2" data-testid="saved-addresses">
      <legend className="mb-2 text-sm font-medium text-stone-800">{t("savedAddresses")}</legend>
      {addresses.map((address) => (
        <label key={address.id} className={optionClass}>
          <input type="radio" name="savedAddressId" value={address.id} checked={chosen === address.id} onChange={() => onChoose(address.id)} disabled={disabled} className="mt-0.5 h-5 w-5" data-testid="saved-address-option" />
          <span className="flex flex-col text-sm text-stone-800">
            <span className="font-medium">
              {address.fullName}
              {address.phone ? ` · ${isVietnamesePhone(address.phone) ? formatVietnamesePhone(address.phone) : address.phone}` : ""}
            </span>
            <span>{[address.street, address.wardName, address.provinceName].filter(Boolean).join(", ")}</span>
            {address.legacyDistrict ? <span className="text-stone-600">({t("formerDistrict", { district: address.legacyDistrict })})</span> : null}
          </span>
        </label>
      ))}
      <label className={optionClass}>
        <input type="radio" name="savedAddressId" value="" checked={chosen === ""} onChange={() => onChoose("")} disabled={disabled} className="mt-0.5 h-5 w-5" data-testid="saved-address-new" />
        <span className="text-sm font-medium text-stone-800">{t("anotherAddress")}</span>
      </label>
    </fieldset>
  )
}
