import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BackendResult } from "@/lib/data/backend-call"
import type { Customer } from "@/lib/data/customer"
import type { OrderPage } from "@/lib/data/orders"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { AccountShell } from "../components/account-shell/account-shell"
import { OrderList } from "../components/order-list/order-list"
import { ProfileForm } from "../components/profile-form/profile-form"


type Props = { customer: Customer; orders: BackendResult<OrderPage> }

/** The account's front page: a greeting, the profile form and the latest orders. */
export function AccountOverviewTemplate({ customer, orders }: Props) {
  const t = useTranslations("Account")
  return (
    <AccountShell>
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("profile.greeting", { name: customer.fullName || customer.email })}</h1>
        <p className="mt-1 text-stone-700">{t("profile.email", { email: customer.email })}</p>
      </div>
      <section aria-labelledby="profile-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
          {t("profile.heading")}
        </h2>
        <ProfileForm fullName={customer.fullName} phone={customer.phone} />
      </section>
      <section aria-labelledby="recent-orders" className="flex flex-col gap-3">
        <h2 id="recent-orders" className="text-lg font-semibold">
          {t("profile.recentOrders")}
        </h2>
        {!orders.ok ? (
          <UnavailableNotice />
        ) : orders.data.orders.length === 0 ? (
          <p className="text-stone-700">{t("orders.empty")}</p>
        ) : (
          <OrderList orders={orders.data.orders} />
        )}
        <Link href="/account/orders" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("profile.allOrders")}
        </Link>
      </section>
    </AccountShell>
  )
}
