import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata, requireCustomer } from "@/lib/account/account-pages"
import { listOrders } from "@/lib/data/orders"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { OrdersTemplate } from "@/modules/account/templates/orders-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

/** "My orders", kept out of search engines. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("orders.title"))
}

/** The customer's order history, a page at a time (`?page=2`). */
export default async function OrdersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const customer = await requireCustomer(locale, "/account/orders")
  if (!customer.ok) {
    return <UnavailableNotice />
  }
  const { page } = await searchParams
  return <OrdersTemplate orders={await listOrders({ page: Number(typeof page === "string" ? page : 1) || 1 })} />
}
