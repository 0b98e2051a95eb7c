import type { OcopProductCard, ProductCard as ProductCardData } from "@ocop/types"
import { shownStarLevel } from "@/lib/seo/product-json-ld"
import { ProductCard } from "../product-card/product-card"
import { EAGER_CARD_COUNT } from "../product-thumbnail/eager-card-count"

type Props = {
  /** Plain cards, or cards with their OCOP facts (which then show their star badge). */
  products: Array<ProductCardData | OcopProductCard>
  /** The grid opens the page: its first row's pictures load at once. */
  first?: boolean
}

/** Product cards in a grid: two columns on a phone, up to four on a wide screen. */
export function ProductGrid({ products, first = false }: Props) {
  return (
    <ul data-testid="product-grid" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} stars={"certification" in product ? shownStarLevel(product) : null} eager={first && index < EAGER_CARD_COUNT} />
        </li>
      ))}
    </ul>
  )
}
