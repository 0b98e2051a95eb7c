import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducerOrders, listProducerSales } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { PortalOrdersTemplate } from "@/modules/producer-portal/templates/portal-orders-template"

/** Orders holding the producer's products, and their monthly sales. */
export default async function ProducerOrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const [orders, sales] = await Promise.all([listProducerOrders(), listProducerSales(6)])
  if ((!orders.ok && orders.reason === "login") || (!sales.ok && sales.reason === "login")) toPortalLogin(locale)
  if (!orders.ok || !sales.ok) return <UnavailableNotice />
  return <PortalOrdersTemplate orders={orders.data} months={sales.data} />
}
