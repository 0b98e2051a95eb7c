import type { OcopProductCard } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ProductGrid } from "../product-grid/product-grid"

/** Other products of the same group, under the product; nothing when there are none. */
export function RelatedProducts({ products }: { products: OcopProductCard[] }) {
  const t = useTranslations("ProductPage")
  if (products.length === 0) {
    return null
  }
  return (
    <section aria-labelledby="related-products" data-testid="related-products" className="mt-12">
      <h2 id="related-products" className="mb-4 text-lg font-semibold">
        {t("related")}
      </h2>
      <ProductGrid products={products} />
    </section>
  )
}
