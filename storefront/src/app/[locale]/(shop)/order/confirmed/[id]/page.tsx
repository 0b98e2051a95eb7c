import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveConfirmedOrder } from "@/lib/data/order-confirmation"
import { retrieveOrderTracking } from "@/lib/data/order-tracking"
import { listShowrooms } from "@/lib/data/showrooms"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ locale: string; id: string }> }

/** One shopper's confirmation: never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Order" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The order's confirmation, with where it stands (and the pickup code) and the showroom's hours for a pickup. */
export default async function OrderConfirmedPage({ params }: Props) {
  await resolveLocale(params)
  const { id } = await params
  const [order, tracking] = await Promise.all([retrieveConfirmedOrder(id), retrieveOrderTracking(id)])
  if (!order.ok) {
    return <UnavailableNotice />
  }
  if (!order.data) {
    notFound()
  }
  const { delivery } = order.data
  const showrooms = delivery.method === "pickup" ? await listShowrooms() : null
  const showroom = delivery.method === "pickup" && showrooms?.ok ? showrooms.data.find((candidate) => candidate.id === delivery.showroomId) ?? null : null
  return <OrderConfirmedTemplate order={order.data} showroom={showroom} tracking={tracking.ok ? tracking.data : null} />
}
