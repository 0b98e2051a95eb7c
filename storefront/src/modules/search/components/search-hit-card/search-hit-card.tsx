import { formatVnd } from "@ocop/domain/money"
import type { ProductSearchHit } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatOrigin } from "@/lib/format-origin"
import { StarBadge } from "@/modules/products/components/star-badge/star-badge"
import { ProductThumbnail } from "@/modules/products/components/product-thumbnail/product-thumbnail"

/** The fields of a hit a result card shows. */
export type SearchHitCardData = Pick<
  ProductSearchHit,
  "handle" | "title" | "title_en" | "thumbnail" | "price" | "star_level" | "producer_name" | "origin_commune" | "origin_legacy_district" | "origin_province"
>

/** One search result: picture, title, price in đồng, star badge when certified, producer and origin. */
export function SearchHitCard({ hit, eager = false }: { hit: SearchHitCardData; eager?: boolean }) {
  const t = useTranslations("ProductCard")
  const locale = useLocale()
  const origin = formatOrigin([hit.origin_commune, hit.origin_legacy_district, hit.origin_province])
  return (
    <Link
      href={`/products/${encodeURIComponent(hit.handle)}`}
      data-testid="search-hit"
      className="group flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md"
    >
      <ProductThumbnail src={hit.thumbnail ?? null} eager={eager} />
      <div className="flex flex-1 flex-col gap-1 p-3">
        {hit.star_level ? <StarBadge stars={hit.star_level} /> : null}
        <h3 className="line-clamp-2 text-sm font-medium text-stone-800 group-hover:text-brand-800">
          {(locale === "en" && hit.title_en) || hit.title}
        </h3>
        {hit.producer_name ? <p className="line-clamp-1 text-xs text-stone-600">{hit.producer_name}</p> : null}
        {origin ? <p className="line-clamp-1 text-xs text-stone-500">{origin}</p> : null}
        <p data-testid="product-price" className="mt-auto whitespace-nowrap pt-1 font-semibold text-brand-700">
          {hit.price === undefined ? t("priceOnRequest") : formatVnd(hit.price)}
        </p>
      </div>
    </Link>
  )
}
