import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BackendResult } from "@/lib/data/backend-call"
import type { OrderPage } from "@/lib/data/orders"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { AccountShell } from "../components/account-shell/account-shell"
import { OrderList } from "../components/order-list/order-list"
import { OrderPagination } from "../components/order-pagination/order-pagination"

/** The order history, newest first, a page at a time; a way to the shop when it is empty. */
export function OrdersTemplate({ orders }: { orders: BackendResult<OrderPage> }) {
  const t = useTranslations("Account.orders")
  return (
    <AccountShell>
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      {!orders.ok ? (
        <UnavailableNotice />
      ) : orders.data.count === 0 ? (
        <div data-testid="orders-empty" className="rounded-xl border border-stone-200 bg-white p-6 text-center">
          <p className="text-stone-700">{t("empty")}</p>
          <Link href="/" className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2">
            {t("browse")}
          </Link>
        </div>
      ) : (
        <>
          <OrderList orders={orders.data.orders} />
          <OrderPagination
            page={Math.floor(orders.data.offset / orders.data.limit) + 1}
            pages={Math.ceil(orders.data.count / orders.data.limit)}
          />
        </>
      )}
    </AccountShell>
  )
}
