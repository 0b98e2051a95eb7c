import { formatVnd } from "@ocop/domain/money"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderSummary } from "@/lib/data/orders"
import { OrderDate } from "../order-date/order-date"
import { OrderStatus } from "../order-status/order-status"

/** Orders newest first: number, day, status and total, each opening its detail. */
export function OrderList({ orders }: { orders: OrderSummary[] }) {
  const t = useTranslations("Account.orders")
  return (
    <ul data-testid="order-list" className="flex flex-col gap-3">
      {orders.map((order) => (
        <li key={order.id} data-testid="order-row" className="rounded-xl border border-stone-200 bg-white p-4">
          <Link
            href={`/account/orders/${encodeURIComponent(order.id)}`}
            className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {t("orderNumber", { number: order.displayId })}
          </Link>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-stone-600">{t("date")}</dt>
              <dd>
                <OrderDate iso={order.createdAt} />
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t("status")}</dt>
              <dd>
                <OrderStatus kind="order" status={order.status} />
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{t("total")}</dt>
              <dd data-testid="order-total" className="font-semibold">
                {formatVnd(order.total)}
              </dd>
            </div>
            <div>
              <dt className="sr-only">{t("items")}</dt>
              <dd className="text-stone-600">{t("itemCount", { count: order.itemCount })}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  )
}
