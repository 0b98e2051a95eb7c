import { formatVnd } from "@ocop/domain"
import type { OperatorOrder, OperatorProfile } from "@ocop/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { ConsoleNav } from "../components/console-nav/console-nav"
import { OrderActions } from "../components/order-actions/order-actions"

/** One order at the counter: who, what, how it is paid, and what can be done next. */
export async function ConsoleOrderTemplate({ operator, order }: { operator: OperatorProfile; order: OperatorOrder }) {
  const t = await getTranslations("Operations")
  const locale = await getLocale()
  return (
    <div className="flex flex-col gap-4">
      <ConsoleNav operator={operator} />
      <Link href={consolePath(locale)} className="inline-flex min-h-12 w-fit items-center font-medium text-brand-800 underline">
        {t("order.back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("order.title", { number: order.displayId })}</h1>
        <p className="text-lg font-semibold" data-testid="console-order-status">
          {t(`status.${order.status}`)}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="customer-title">
          <h2 id="customer-title" className="font-semibold">{t("order.customer")}</h2>
          <p>{order.customer.name} · {order.customer.phone}</p>
          <p className="text-sm text-stone-700">{order.customer.email}</p>
          <p className="mt-2">{t(`method.${order.method}`)}</p>
          {order.address ? <p className="text-sm">{t("order.address")}: {order.address.street}, {order.address.ward}, {order.address.province}</p> : null}
          {order.trackingNumber ? <p className="text-sm">{t("order.tracking", { carrier: order.carrier ?? "", number: order.trackingNumber })}</p> : null}
          {order.cancelReason ? <p className="text-sm">{t("order.reason", { reason: order.cancelReason })}</p> : null}
          <p className="mt-2">
            {t("order.payment")}: {t(`order.${order.payment.method}`)} · <strong data-testid="console-payment">{order.payment.paid ? t("order.paid") : t("order.unpaid")}</strong>
          </p>
        </section>
        <section className="rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="items-title">
          <h2 id="items-title" className="font-semibold">{t("order.items")}</h2>
          <ul className="mt-1 flex flex-col gap-1">
            {order.items.map((item) => (
              <li key={item.id} className="flex justify-between gap-2"><span>{item.quantity} × {item.title}</span><span>{formatVnd(item.total)}</span></li>
            ))}
          </ul>
          <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 font-semibold"><span>{t("order.total")}</span><span>{formatVnd(order.total)}</span></p>
        </section>
      </div>
      <OrderActions order={order} />
    </div>
  )
}
