import { formatVnd } from "@ocop/domain/money"
import type { ProducerMonthlySales, ProducerProductView, ProducerSummary } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import NextLink from "next/link"
import { portalHref } from "@/lib/producer-portal/portal-paths"
import { StageBadge } from "../components/stage-badge"
import { PortalShell } from "./portal-shell"

type Props = { producer: ProducerSummary; products: ProducerProductView[]; thisMonth: ProducerMonthlySales | null }

/** The producer's overview: how many drafts, pending and live products, this month's sales, and every product. */
export function DashboardTemplate({ producer, products, thisMonth }: Props) {
  const t = useTranslations("ProducerPortal.dashboard")
  const locale = useLocale() === "en" ? "en" : "vi"
  const count = (stages: ProducerProductView["stage"][]) => products.filter((product) => stages.includes(product.stage)).length
  const tiles: Array<[string, string, string]> = [
    ["drafts", t("drafts"), String(count(["draft", "rejected"]))],
    ["pending", t("pending"), String(count(["pending"]))],
    ["live", t("live"), String(count(["live"]))],
    ["sales", t("salesThisMonth"), formatVnd(thisMonth?.revenue ?? 0)],
  ]
  return (
    <PortalShell>
      <h1 className="text-2xl font-bold text-stone-900">{t("title", { name: producer.name })}</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map(([key, label, value]) => (
          <div key={key} data-testid={`tile-${key}`} className="rounded-xl border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-xl font-bold text-stone-900">{value}</dd>
            {key === "sales" ? <dd className="text-xs text-stone-600">{t("ordersThisMonth", { count: thisMonth?.orders ?? 0 })}</dd> : null}
          </div>
        ))}
      </dl>
      <section aria-labelledby="products-title" className="flex flex-col gap-2">
        <h2 id="products-title" className="text-lg font-semibold text-stone-900">{t("products")}</h2>
        {products.length === 0 ? <p className="text-stone-700">{t("empty")}</p> : null}
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {products.map((product) => (
            <li key={product.id} data-testid="portal-product" className="flex items-center gap-3 p-3">
              {product.draft.images[0] ? <img src={product.draft.images[0]} alt="" className="h-12 w-12 rounded object-cover" /> : <span className="h-12 w-12 rounded bg-stone-100" />}
              <div className="flex flex-1 flex-col gap-1">
                <span className="font-medium text-stone-900">{product.draft.title}</span>
                <StageBadge product={product} />
              </div>
              <NextLink href={portalHref(locale, "product", product.id)} className="rounded-lg px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                {t("edit")}
              </NextLink>
            </li>
          ))}
        </ul>
      </section>
    </PortalShell>
  )
}
