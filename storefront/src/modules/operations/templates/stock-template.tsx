import type { OperatorProfile, ShowroomStockLine } from "@ocop/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { ConsoleNav } from "../components/console-nav/console-nav"
import { StockChangeForm } from "../components/stock-change-form/stock-change-form"

type Props = { operator: OperatorProfile; showroomId: string; low: boolean; stock: ShowroomStockLine[] }

/** A showroom's stock: levels per product, what is held for orders, what runs low, and a change form per product. */
export async function StockTemplate({ operator, showroomId, low, stock }: Props) {
  const t = await getTranslations("Operations")
  const locale = await getLocale()
  const pill = (active: boolean) => `inline-flex min-h-12 items-center rounded-full border px-4 font-medium ${active ? "border-brand-800 bg-brand-800 text-white" : "border-stone-300"}`
  const href = (showroom: string, onlyLow: boolean) => `${consolePath(locale, "/stock")}?showroom=${showroom}${onlyLow ? "&low=true" : ""}`
  return (
    <div className="flex flex-col gap-4">
      <ConsoleNav operator={operator} />
      <h1 className="text-2xl font-bold">{t("stock.title")}</h1>
      {operator.showrooms.length > 1 ? (
        <nav aria-label={t("stock.showroom")} className="flex flex-wrap gap-2">
          {operator.showrooms.map((showroom) => (
            <Link key={showroom.id} href={href(showroom.id, low)} className={pill(showroom.id === showroomId)} aria-current={showroom.id === showroomId ? "page" : undefined}>
              {showroom.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <div className="flex gap-2">
        <Link href={href(showroomId, false)} className={pill(!low)}>{t("stock.all")}</Link>
        <Link href={href(showroomId, true)} className={pill(low)}>{t("stock.lowOnly")}</Link>
      </div>
      {stock.length ? (
        <ul className="flex flex-col gap-3" data-testid="stock-list">
          {stock.map((line) => (
            <li key={line.variantId} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4" data-testid="stock-line">
              <p className="flex flex-wrap justify-between gap-2">
                <span className="font-semibold">{line.title}{line.low ? <span className="ml-2 rounded bg-amber-100 px-2 text-sm text-amber-900">{t("stock.low")}</span> : null}</span>
                <span className="text-sm">
                  {t("stock.stocked")}: <strong>{line.stocked}</strong> · {t("stock.reserved")}: <strong>{line.reserved}</strong> · {t("stock.available")}: <strong data-testid="stock-available">{line.available}</strong>
                </span>
              </p>
              <StockChangeForm showroomId={showroomId} variantId={line.variantId} title={line.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("stock.empty")}</p>
      )}
    </div>
  )
}
