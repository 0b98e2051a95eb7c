import type { ShowroomStock } from "@ocop/types"
import { useTranslations } from "next-intl"

/** Where the product can be picked up: "Còn 5 tại …" per showroom holding some. */
export function ShowroomAvailability({ stock }: { stock: ShowroomStock[] }) {
  const t = useTranslations("Product")
  return (
    <section aria-labelledby="product-availability">
      <h2 id="product-availability" className="mb-2 text-sm font-semibold text-stone-900">
        {t("availability")}
      </h2>
      {stock.length > 0 ? (
        <ul data-testid="showroom-stock" className="space-y-1 text-sm text-stone-700">
          {stock.map((entry) => (
            <li key={entry.showroomId}>{t("inStockAt", { quantity: entry.quantity, showroom: entry.showroomName })}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t("outOfStock")}</p>
      )}
    </section>
  )
}
