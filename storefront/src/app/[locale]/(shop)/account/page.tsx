import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata, requireCustomer } from "@/lib/account/account-pages"
import { listOrders } from "@/lib/data/orders"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { AccountOverviewTemplate } from "@/modules/account/templates/account-overview-template"

type Props = { params: Promise<{ locale: string }> }

/** "My account", kept out of search engines. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("profile.title"))
}

/** The account's front page: profile and recent orders; the login first for a visitor. */
export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const customer = await requireCustomer(locale, "/account")
  if (!customer.ok) {
    return <UnavailableNotice />
  }
  return <AccountOverviewTemplate customer={customer.data} orders={await listOrders({ page: 1, limit: 3 })} />
}
