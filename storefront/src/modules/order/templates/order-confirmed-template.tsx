import { formatVnd } from "@ocop/domain/money"
import type { OrderTracking as Tracking, ShowroomSummary } from "@ocop/types"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { ConfirmedOrder } from "@/lib/data/order-confirmation"
import { BankTransferDetails } from "../components/bank-transfer-details/bank-transfer-details"
import { OrderTracking } from "@/modules/common/components/order-tracking/order-tracking"

type Props = { order: ConfirmedOrder; showroom: ShowroomSummary | null; tracking: Tracking | null }

/** The confirmation: order number, where it stands (with the pickup code), what was bought, where and when to collect it or where it goes, and how to pay. */
export async function OrderConfirmedTemplate({ order, showroom, tracking }: Props) {
  const t = await getTranslations("Order")
  const { delivery } = order
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-6 py-8">
      <div>
        <h1 className="text-2xl font-bold" data-testid="order-confirmed">{t("thanks")}</h1>
        <p className="mt-2 text-lg">{t.rich("number", { number: order.displayId, strong: (chunks) => <strong data-testid="order-number">{chunks}</strong> })}</p>
        <p className="mt-1 text-sm text-stone-700">{t("emailSent", { email: order.email })}</p>
      </div>
      {tracking ? <OrderTracking tracking={tracking} /> : null}
      <section aria-labelledby="delivery-title" className="rounded-xl border border-stone-200 bg-white p-4" data-testid="order-delivery">
        <h2 id="delivery-title" className="font-semibold">{delivery.method === "pickup" ? t("pickupTitle") : t("deliveryTitle")}</h2>
        {delivery.method === "pickup" ? (
          <div className="mt-2 text-sm">
            <p className="font-semibold">{delivery.showroomName}</p>
            <p>{delivery.address}</p>
            {showroom?.openingHoursText ? <p>{t("hours", { hours: showroom.openingHoursText })}</p> : null}
            {showroom?.phone ? <p>{t("phone", { phone: showroom.phone })}</p> : null}
            <p className="mt-2 text-stone-700">{t("pickupWhen")}</p>
          </div>
        ) : (
          <div className="mt-2 text-sm">
            <p className="font-semibold">{delivery.fullName} · {delivery.phone}</p>
            <p>{delivery.address}</p>
            {delivery.legacyDistrict ? <p className="text-stone-600">{t("formerly", { district: delivery.legacyDistrict })}</p> : null}
          </div>
        )}
      </section>
      {order.bankTransfer ? <BankTransferDetails transfer={order.bankTransfer} /> : <p className="rounded-xl bg-brand-50 p-4 text-sm" data-testid="cash-note">{delivery.method === "pickup" ? t("payAtPickup") : t("payOnDelivery")}</p>}
      <section aria-labelledby="items-title" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="items-title" className="font-semibold">{t("items")}</h2>
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {order.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-2"><span>{line.title} × {line.quantity}</span><span>{formatVnd(line.total)}</span></li>
          ))}
        </ul>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-200 pt-3 text-sm">
          <dt>{t("itemTotal")}</dt><dd>{formatVnd(order.itemTotal)}</dd>
          <dt>{t("deliveryFee")}</dt><dd>{order.shippingTotal === 0 ? t("free") : formatVnd(order.shippingTotal)}</dd>
          <dt className="text-base font-semibold">{t("total")}</dt><dd className="text-base font-semibold" data-testid="order-total">{formatVnd(order.total)}</dd>
        </dl>
      </section>
      <Link href="/products" className="inline-flex min-h-11 w-fit items-center rounded-lg border border-stone-300 px-4 font-medium hover:bg-stone-100">{t("keepShopping")}</Link>
    </section>
  )
}
