import { formatVnd } from "@ocop/domain"
import { ORDER_HANDLING_STATUSES, type OperatorOrder, type OperatorProfile } from "@ocop/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { ConsoleNav } from "../components/console-nav/console-nav"

type Props = { operator: OperatorProfile; orders: OperatorOrder[]; filter: string }

/** The showroom's queue: filter by status, one large card per order, newest first. */
export async function OrderQueueTemplate({ operator, orders, filter }: Props) {
  const t = await getTranslations("Operations")
  const locale = await getLocale()
  const filters = ["open", "all", ...ORDER_HANDLING_STATUSES] as const
  return (
    <div className="flex flex-col gap-4">
      <ConsoleNav operator={operator} />
      <h1 className="text-2xl font-bold">{t("queue.title")}</h1>
      <nav aria-label={t("queue.filter")} className="flex flex-wrap gap-2">
        {filters.map((name) => (
          <Link
            key={name}
            href={`${consolePath(locale)}?status=${name}`}
            aria-current={filter === name ? "page" : undefined}
            className={`inline-flex min-h-12 items-center rounded-full border px-4 font-medium ${filter === name ? "border-brand-800 bg-brand-800 text-white" : "border-stone-300"}`}
          >
            {name === "open" ? t("queue.open") : name === "all" ? t("queue.all") : t(`status.${name}`)}
          </Link>
        ))}
      </nav>
      {orders.length ? (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="order-queue">
          {orders.map((order) => (
            <li key={order.id}>
              <Link href={consolePath(locale, `/orders/${order.id}`)} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-800" data-testid="queue-order">
                <span className="flex justify-between gap-2 text-lg font-semibold">
                  <span>#{order.displayId}</span>
                  <span data-testid="queue-order-status">{t(`status.${order.status}`)}</span>
                </span>
                <span>{order.customer.name} · {order.customer.phone}</span>
                <span className="text-sm text-stone-700">
                  {t(`method.${order.method}`)} · {t("queue.items", { count: order.items.reduce((sum, item) => sum + item.quantity, 0) })} · {formatVnd(order.total)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("queue.empty")}</p>
      )}
    </div>
  )
}
