import type { ShowroomDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import { shownStarLevel } from "@/lib/seo/product-json-ld"
import { ProductCard } from "@/modules/products/components/product-card/product-card"

/** What a showroom holds: each product as a card with how many are left there. */
export function ShowroomStockList({ stock }: { stock: ShowroomDetail["stock"] }) {
  const t = useTranslations("Showroom")
  if (stock.length === 0) {
    return <p className="text-stone-600">{t("noStock")}</p>
  }
  return (
    <ul data-testid="showroom-stock-list" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {stock.map(({ product, quantity }) => (
        <li key={product.id} className="flex flex-col gap-1">
          <ProductCard product={product} stars={shownStarLevel(product)} />
          <p data-testid="showroom-quantity" className="text-sm text-stone-700">
            {t("quantity", { quantity })}
          </p>
        </li>
      ))}
    </ul>
  )
}
