import { formatVnd } from "@ocop/domain/money"
import type { OrderTracking as Tracking } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderDetail } from "@/lib/data/orders"
import { OrderTracking } from "@/modules/common/components/order-tracking/order-tracking"
import { AccountShell } from "../components/account-shell/account-shell"
import { useOrderDate } from "../components/order-date/order-date"
import { OrderDelivery } from "../components/order-delivery/order-delivery"
import { OrderLines } from "../components/order-lines/order-lines"
import { OrderStatus } from "../components/order-status/order-status"

/** One order: its status (at the showroom too, with the pickup code), items and totals, how it is delivered and how payment stands. */
export function OrderDetailTemplate({ order, tracking = null }: { order: OrderDetail; tracking?: Tracking | null }) {
  const t = useTranslations("Account.order")
  const orderDate = useOrderDate()
  const totals: Array<[string, number]> = [
    [t("subtotal"), order.subtotal],
    [t("shipping"), order.shippingTotal],
  ]
  return (
    <AccountShell>
      <Link href="/account/orders" className="inline-flex min-h-6 items-center text-brand-800 underline underline-offset-2">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-stone-900">{t("title", { number: order.displayId })}</h1>
        <OrderStatus kind="order" status={order.status} />
      </div>
      <p className="-mt-4 text-stone-700">{t("placedOn", { date: orderDate(order.createdAt) })}</p>
      {tracking ? <OrderTracking tracking={tracking} /> : null}
      <section aria-labelledby="order-items" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="order-items" className="text-lg font-semibold">
          {t("items")}
        </h2>
        <OrderLines items={order.items} />
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-200 pt-3">
          {totals.map(([label, amount]) => (
            <div key={label} className="contents">
              <dt className="text-stone-700">{label}</dt>
              <dd className="text-right">{formatVnd(amount)}</dd>
            </div>
          ))}
          <dt className="font-semibold">{t("total")}</dt>
          <dd data-testid="order-detail-total" className="text-right font-semibold">
            {formatVnd(order.total)}
          </dd>
        </dl>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="order-delivery" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="order-delivery" className="mb-2 text-lg font-semibold">
            {t("delivery")}
          </h2>
          <OrderDelivery delivery={order.delivery} />
          <p className="mt-3 text-sm text-stone-700">
            {t("fulfillment")}: <OrderStatus kind="fulfillment" status={order.fulfillmentStatus} />
          </p>
        </section>
        <section aria-labelledby="order-payment" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="order-payment" className="mb-2 text-lg font-semibold">
            {t("payment")}
          </h2>
          {order.paymentMethod !== "unknown" ? (
            <p data-testid="order-payment-method" className="mb-2 text-stone-800">
              {t(`paymentMethod.${order.paymentMethod}`)}
            </p>
          ) : null}
          <OrderStatus kind="payment" status={order.paymentStatus} />
        </section>
      </div>
    </AccountShell>
  )
}
