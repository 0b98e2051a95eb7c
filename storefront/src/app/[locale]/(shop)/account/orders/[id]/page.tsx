import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata, requireCustomer } from "@/lib/account/account-pages"
import { retrieveOrderTracking } from "@/lib/data/order-tracking"
import { retrieveOrder } from "@/lib/data/orders"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { OrderDetailTemplate } from "@/modules/account/templates/order-detail-template"

type Props = { params: Promise<{ locale: string; id: string }> }

/** "Order", kept out of search engines. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("orders.title"))
}

/** One of the customer's orders; a 404 for an order that is not theirs. */
export default async function OrderPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const customer = await requireCustomer(locale, `/account/orders/${id}`)
  if (!customer.ok) {
    return <UnavailableNotice />
  }
  const order = await retrieveOrder(id)
  if (!order.ok) {
    return <UnavailableNotice />
  }
  if (!order.data) {
    notFound()
  }
  // read only once the order is known to be the customer's own
  const tracking = await retrieveOrderTracking(order.data.id)
  return <OrderDetailTemplate order={order.data} tracking={tracking.ok ? tracking.data : null} />
}
