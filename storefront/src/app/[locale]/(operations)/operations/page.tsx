import type { Metadata } from "next"
import type { OrderHandlingStatus } from "@ocop/types"
import { ORDER_HANDLING_STATUSES } from "@ocop/types"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listOperatorOrders } from "@/lib/data/operator"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { OrderQueueTemplate } from "@/modules/operations/templates/order-queue-template"
import { requireOperator } from "./require-operator"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string }> }

const OPEN: OrderHandlingStatus[] = ["placed", "accepted", "ready_for_pickup"]

/** Staff pages are never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Operations" })
  return { title: t("queue.title"), robots: { index: false, follow: false } }
}

/** The operator's order queue (what needs doing by default). */
export default async function OperationsQueuePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const operator = await requireOperator(locale)
  if (!operator.ok) return <UnavailableNotice />
  const { status = "open" } = await searchParams
  const known = ORDER_HANDLING_STATUSES.find((candidate) => candidate === status)
  const filter = known ?? (status === "all" ? "all" : "open")
  const orders = await listOperatorOrders(known ? [known] : filter === "all" ? [] : OPEN)
  if (!orders.ok) return <UnavailableNotice />
  return <OrderQueueTemplate operator={operator.operator} orders={orders.data ?? []} filter={filter} />
}
