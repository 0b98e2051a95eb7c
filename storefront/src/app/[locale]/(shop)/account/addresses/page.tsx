import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata, requireCustomer } from "@/lib/account/account-pages"
import { listProvinceOptions, listWardOptions } from "@/lib/data/administrative-units"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { AddressesTemplate } from "@/modules/account/templates/addresses-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ edit?: string | string[]; saved?: string | string[] }>
}

/** "Addresses", kept out of search engines. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("addresses.title"))
}

/** The customer's address book; `?edit=<id>` opens one address for editing. */
export default async function AddressesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const customer = await requireCustomer(locale, "/account/addresses")
  if (!customer.ok) {
    return <UnavailableNotice />
  }
  const { edit, saved } = await searchParams
  const { addresses } = customer.data
  const editing = addresses.find((address) => address.id === edit) ?? null
  return (
    <AddressesTemplate
      addresses={addresses}
      provinces={await listProvinceOptions()}
      editing={editing ? { address: editing, wards: await listWardOptions(editing.provinceCode) } : null}
      saved={saved === "1" && !editing}
    />
  )
}
