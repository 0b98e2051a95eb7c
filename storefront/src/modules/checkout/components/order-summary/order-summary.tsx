import { formatVnd } from "@ocop/domain/money"
import { useTranslations } from "next-intl"
import type { CartLine } from "@/lib/cart/cart-view"

type Props = { lines: CartLine[]; itemTotal: number; deliveryFee: number | null }

/** What the shopper is buying and what it costs, delivery included once it is known. */
export function OrderSummary({ lines, itemTotal, deliveryFee }: Props) {
  const t = useTranslations("Checkout")
  return (
    <section aria-labelledby="summary-title" className="h-fit rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="summary-title" className="font-semibold">{t("summary")}</h2>
      <ul className="mt-3 flex flex-col gap-2 text-sm">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-2">
            <span>{line.title} × {line.quantity}</span>
            <span>{formatVnd(line.total)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-200 pt-3 text-sm">
        <dt>{t("itemTotal")}</dt>
        <dd>{formatVnd(itemTotal)}</dd>
        <dt>{t("deliveryFee")}</dt>
        <dd data-testid="delivery-fee">{deliveryFee === null ? t("chooseDeliveryFirst") : deliveryFee === 0 ? t("free") : formatVnd(deliveryFee)}</dd>
        <dt className="text-base font-semibold">{t("total")}</dt>
        <dd className="text-base font-semibold" data-testid="checkout-total">{formatVnd(itemTotal + (deliveryFee ?? 0))}</dd>
      </dl>
    </section>
  )
}
