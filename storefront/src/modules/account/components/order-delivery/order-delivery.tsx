import { useTranslations } from "next-intl"
import type { OrderDelivery as Delivery } from "@/lib/data/orders"

/** How the order reaches the shopper: the showroom to collect it from, or the delivery address. */
export function OrderDelivery({ delivery }: { delivery: Delivery }) {
  const t = useTranslations("Account.order")
  const pickup = delivery.kind === "pickup"
  const lines = pickup ? [delivery.place, ...delivery.lines] : [delivery.fullName, delivery.phone, ...delivery.lines]
  return (
    <div data-testid="order-delivery">
      <p className="font-medium">{pickup ? t("pickup") : t("deliverTo")}</p>
      {delivery.method && delivery.method !== delivery.place ? <p className="text-sm text-stone-600">{delivery.method}</p> : null}
      <address className="mt-1 not-italic text-stone-700">
        {lines.filter(Boolean).map((line, index) => (
          <span key={`${index}-${line}`} className="block">
            {line}
          </span>
        ))}
      </address>
    </div>
  )
}
