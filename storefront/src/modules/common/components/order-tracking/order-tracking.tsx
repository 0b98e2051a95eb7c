import type { OrderTracking as Tracking } from "@ocop/types"
import { useTranslations } from "next-intl"

const TONES: Record<Tracking["status"], string> = {
  placed: "bg-stone-100 text-stone-800",
  accepted: "bg-sky-50 text-sky-900",
  ready_for_pickup: "bg-green-50 text-green-900",
  handed_over: "bg-stone-100 text-stone-800",
  shipped: "bg-sky-50 text-sky-900",
  cancelled: "bg-red-50 text-red-900",
}

/**
 * Where the order stands at its showroom, in the shopper's words: the status with what it means
 * for them, the pickup code to show at the counter, the carrier and tracking number, or why it
 * was cancelled.
 */
export function OrderTracking({ tracking }: { tracking: Tracking }) {
  const t = useTranslations("OrderTracking")
  const { status } = tracking
  const showCode = tracking.method === "pickup" && tracking.pickupCode && status !== "handed_over" && status !== "cancelled"
  return (
    <section aria-labelledby="tracking-title" className={`rounded-xl p-4 ${TONES[status]}`} data-testid="order-tracking" data-status={status}>
      <h2 id="tracking-title" className="font-semibold">
        {t("title")}: <span data-testid="order-tracking-status">{t(`status.${status}`)}</span>
      </h2>
      <p className="mt-1 text-sm">{t(`explain.${tracking.method}.${status}`)}</p>
      {showCode ? (
        <p className="mt-3">
          <span className="block text-sm">{t("pickupCode")}</span>
          <strong className="font-mono text-3xl tracking-[0.3em]" data-testid="pickup-code">
            {tracking.pickupCode}
          </strong>
        </p>
      ) : null}
      {tracking.trackingNumber ? (
        <p className="mt-2 text-sm" data-testid="tracking-number">
          {t("shippedWith", { carrier: tracking.carrier ?? "", number: tracking.trackingNumber })}
        </p>
      ) : null}
      {status === "cancelled" && tracking.cancelReason ? <p className="mt-2 text-sm">{t("reason", { reason: tracking.cancelReason })}</p> : null}
    </section>
  )
}
