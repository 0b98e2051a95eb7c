import { useTranslations } from "next-intl"
import type { SavedAddress } from "@/lib/account/saved-address"
import type { UnitOption } from "@/lib/data/administrative-units"
import { AccountShell } from "../components/account-shell/account-shell"
import { AddressCard } from "../components/address-card/address-card"
import { AddressForm } from "../components/address-form/address-form"
import { FormMessage } from "../components/form-message/form-message"

type Props = {
  addresses: SavedAddress[]
  provinces: UnitOption[]
  /** the address open for editing, with its province's wards */
  editing: { address: SavedAddress; wards: UnitOption[] } | null
  saved: boolean
}

/** The address book: saved addresses (one open for editing, in place) and a form for a new one. */
export function AddressesTemplate({ addresses, provinces, editing, saved }: Props) {
  const t = useTranslations("Account.addresses")
  return (
    <AccountShell>
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </div>
      <FormMessage error={null} saved={saved} savedText={t("saved")} />
      {addresses.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {addresses.map((address) =>
            editing?.address.id === address.id ? (
              <li key={address.id} className="rounded-xl border border-brand-100 bg-white p-4">
                <h2 id={`address-${address.id}-title`} className="mb-3 font-semibold">
                  {t("editTitle", { name: address.fullName })}
                </h2>
                <AddressForm provinces={provinces} initialWards={editing.wards} address={address} />
              </li>
            ) : (
              <AddressCard key={address.id} address={address} />
            ),
          )}
        </ul>
      )}
      <section className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="address-new-title" className="mb-3 text-lg font-semibold">
          {t("add")}
        </h2>
        {/* Keyed by the book's contents: once an address is added, a fresh empty form appears. */}
        <AddressForm key={addresses.map((address) => address.id).join()} provinces={provinces} initialWards={[]} />
      </section>
    </AccountShell>
  )
}
