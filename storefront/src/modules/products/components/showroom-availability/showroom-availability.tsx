import type { ShowroomStock } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { showroomPath } from "@/lib/seo/page-metadata"

/** Where the product can be picked up: "Còn 5 tại …" per showroom holding some, each linking to its showroom. */
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
            <li key={entry.showroomId}>
              <Link href={showroomPath(entry.showroomHandle)} className="inline-block py-0.5 underline-offset-2 hover:text-brand-800 hover:underline">
                {t("inStockAt", { quantity: entry.quantity, showroom: entry.showroomName })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t("outOfStock")}</p>
      )}
    </section>
  )
}
