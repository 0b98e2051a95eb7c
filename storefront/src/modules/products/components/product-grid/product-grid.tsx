import type { ProductCard as ProductCardData } from "@ocop/types"
import { ProductCard } from "../product-card/product-card"

type Props = {
  products: ProductCardData[]
}

/** Product cards in a grid: two columns on a phone, up to four on a wide screen. */
export function ProductGrid({ products }: Props) {
  return (
    <ul data-testid="product-grid" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
