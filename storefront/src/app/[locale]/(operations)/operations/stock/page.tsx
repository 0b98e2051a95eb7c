import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listShowroomStock } from "@/lib/data/operator"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { StockTemplate } from "@/modules/operations/templates/stock-template"
import { requireOperator } from "../require-operator"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ showroom?: string; low?: string }> }

/** Staff pages are never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Operations" })
  return { title: t("stock.title"), robots: { index: false, follow: false } }
}

/** A showroom's stock (the operator's first showroom unless another is chosen). */
export default async function OperationsStockPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const operator = await requireOperator(locale)
  if (!operator.ok) return <UnavailableNotice />
  const { showroom, low } = await searchParams
  const showroomId = showroom ?? operator.operator.showrooms[0]?.id
  if (!showroomId) notFound()
  const stock = await listShowroomStock(showroomId, low === "true")
  if (!stock.ok) return <UnavailableNotice />
  if (!stock.data) notFound()
  return <StockTemplate operator={operator.operator} showroomId={showroomId} low={low === "true"} stock={stock.data} />
}
