import { formatVietnamesePhone, isVietnamesePhone } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { SavedAddress } from "@/lib/account/saved-address"
import { deleteAddress } from "@/lib/data/addresses"

/** One saved address as a person writes it, its former district alongside, with edit and delete. */
export function AddressCard({ address }: { address: SavedAddress }) {
  const t = useTranslations("Account.addresses")
  const phone = isVietnamesePhone(address.phone) ? formatVietnamesePhone(address.phone) : address.phone
  return (
    <li data-testid="saved-address" className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <address className="not-italic text-stone-800">
        <span className="block font-semibold">{address.fullName}</span>
        {phone ? <span className="block">{phone}</span> : null}
        <span className="block">{address.street}</span>
        <span className="block">{[address.wardName, address.provinceName].filter(Boolean).join(", ")}</span>
        {address.legacyDistrict ? (
          <span className="block text-sm text-stone-600">({t("legacyDistrict", { district: address.legacyDistrict })})</span>
        ) : null}
      </address>
      <div className="flex items-center gap-1">
        <Link
          href={{ pathname: "/account/addresses", query: { edit: address.id } }}
          aria-label={t("editLabel", { name: address.fullName })}
          className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-brand-800 underline-offset-2 hover:bg-stone-100 hover:underline"
        >
          {t("edit")}
        </Link>
        <form action={deleteAddress}>
          <input type="hidden" name="addressId" value={address.id} />
          <button
            type="submit"
            aria-label={t("deleteLabel", { name: address.fullName })}
            className="min-h-11 rounded-lg px-3 font-medium text-red-800 underline-offset-2 hover:bg-red-50 hover:underline"
          >
            {t("delete")}
          </button>
        </form>
      </div>
    </li>
  )
}
