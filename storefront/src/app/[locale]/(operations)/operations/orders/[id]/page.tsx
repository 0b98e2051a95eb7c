import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveOperatorOrder } from "@/lib/data/operator"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ConsoleOrderTemplate } from "@/modules/operations/templates/console-order-template"
import { requireOperator } from "../../require-operator"

type Props = { params: Promise<{ locale: string; id: string }> }

/** Staff pages are never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Operations" })
  return { title: t("queue.title"), robots: { index: false, follow: false } }
}

/** One order of the operator's showrooms; another showroom's order is not found. */
export default async function OperationsOrderPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const operator = await requireOperator(locale)
  if (!operator.ok) return <UnavailableNotice />
  const order = await retrieveOperatorOrder((await params).id)
  if (!order.ok) return <UnavailableNotice />
  if (!order.data) notFound()
  return <ConsoleOrderTemplate operator={operator.operator} order={order.data} />
}
