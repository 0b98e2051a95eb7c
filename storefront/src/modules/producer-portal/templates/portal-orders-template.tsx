import { formatVnd } from "@ocop/domain/money"
import type { ProducerMonthlySales, ProducerOrderView } from "@ocop/types"
import { useTranslations } from "next-intl"
import { PortalShell } from "./portal-shell"

const KNOWN_STATUSES = ["pending", "completed", "canceled", "draft", "archived", "requires_action"] as const

/** Orders holding the producer's products (their lines only) and their sales per month. */
export function PortalOrdersTemplate({ orders, months }: { orders: ProducerOrderView[]; months: ProducerMonthlySales[] }) {
  const t = useTranslations("ProducerPortal.orders")
  const status = (value: string) => ((KNOWN_STATUSES as readonly string[]).includes(value) ? t(`status.${value as (typeof KNOWN_STATUSES)[number]}`) : value)
  return (
    <PortalShell>
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <section aria-labelledby="sales-title" className="overflow-x-auto">
        <h2 id="sales-title" className="mb-2 font-semibold text-stone-900">{t("sales")}</h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-stone-600"><th className="py-1">{t("month")}</th><th>{t("count")}</th><th>{t("units")}</th><th>{t("revenue")}</th></tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month} className="border-t border-stone-200">
                <td className="py-1">{month.month.split("-").reverse().join("/")}</td><td>{month.orders}</td><td>{month.units}</td><td>{formatVnd(month.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {orders.length === 0 ? <p className="text-stone-700">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {orders.map((order) => (
          <li key={order.id} data-testid="portal-order" className="rounded-xl border border-stone-200 bg-white p-3">
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-semibold">{t("order", { number: order.displayId })}</span>
              <span className="text-sm">{status(order.status)}</span>
            </div>
            <p className="text-sm text-stone-600">
              {t("placed", { date: new Date(order.placedAt).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) })} · {order.showroom ? t("pickupAt", { showroom: order.showroom.name }) : t("delivery")}
            </p>
            <ul className="mt-2 text-sm">
              {order.lines.map((line, index) => (
                <li key={`${line.productId}-${index}`}>{line.quantity} × {line.title}{line.packTitle ? ` (${line.packTitle})` : ""} · {formatVnd(line.total)}</li>
              ))}
            </ul>
            <p className="mt-1 text-sm font-semibold">{t("total", { total: formatVnd(order.total) })}</p>
          </li>
        ))}
      </ul>
    </PortalShell>
  )
}
