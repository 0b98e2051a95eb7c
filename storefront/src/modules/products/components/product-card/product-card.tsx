import { formatVnd } from "@ocop/domain/money"
import type { ProductCard as ProductCardData } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { ProductThumbnail } from "../product-thumbnail/product-thumbnail"
import { StarBadge } from "../star-badge/star-badge"

type Props = {
  product: ProductCardData
  /** The OCOP star level in force, when the product shows a badge. */
  stars?: number | null
  /** The picture is in the first screenful: load it at once. */
  eager?: boolean
}

/** One product in a grid: picture, star badge, title and price in đồng, linking to the product's page. */
export function ProductCard({ product, stars, eager = false }: Props) {
  const t = useTranslations("ProductCard")
  return (
    <Link
      href={`/products/${encodeURIComponent(product.handle)}`}
      data-testid="product-card"
      className="group flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md"
    >
      <ProductThumbnail src={product.thumbnail} eager={eager} />
      <div className="flex flex-1 flex-col gap-1 p-3">
        {stars ? <StarBadge stars={stars} /> : null}
        <h3 className="line-clamp-2 text-sm font-medium text-stone-800 group-hover:text-brand-800">{product.title}</h3>
        <p data-testid="product-price" className="mt-auto whitespace-nowrap font-semibold text-brand-700">
          {product.price === null ? t("priceOnRequest") : formatVnd(product.price)}
        </p>
      </div>
    </Link>
  )
}
