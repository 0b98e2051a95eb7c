import { formatVnd } from "@ocop/domain"
import type { OcopProductDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatOrigin } from "@/lib/format-origin"
import { shownStarLevel } from "@/lib/seo/product-json-ld"
import { CertificationFacts } from "../components/certification-facts/certification-facts"
import { ProductThumbnail } from "../components/product-thumbnail/product-thumbnail"
import { ShowroomAvailability } from "../components/showroom-availability/showroom-availability"
import { StarBadge } from "../components/star-badge/star-badge"

/** A product's page: picture, title, stars with their facts, price, producer, origin, stock, story. */
export function ProductTemplate({ product }: { product: OcopProductDetail }) {
  const t = useTranslations("Product")
  const tCard = useTranslations("ProductCard")
  const certification = shownStarLevel(product) ? product.certification : null
  const origin = formatOrigin([product.origin.commune, product.origin.legacyDistrict, product.origin.province])
  return (
    <article className="py-6 sm:py-8">
      <Link href="/search" className="text-sm text-brand-700 hover:underline">
        ← {t("backToSearch")}
      </Link>
      <div className="mt-4 grid gap-6 md:grid-cols-2 md:gap-10">
        <div className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
          <ProductThumbnail src={product.thumbnail} />
        </div>
        <div className="flex flex-col gap-4">
          {certification?.starLevel ? <StarBadge stars={certification.starLevel} size="md" /> : null}
          <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{product.title}</h1>
          {product.subtitle ? <p className="text-stone-600">{product.subtitle}</p> : null}
          <p data-testid="product-price" className="text-2xl font-semibold text-brand-700">
            {product.price === null ? tCard("priceOnRequest") : formatVnd(product.price)}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {product.producer ? (
              <>
                <dt className="text-stone-500">{t("producer")}</dt>
                <dd data-testid="product-producer" className="text-stone-800">{product.producer.name}</dd>
              </>
            ) : null}
            {origin ? (
              <>
                <dt className="text-stone-500">{t("origin")}</dt>
                <dd className="text-stone-800">{origin}</dd>
              </>
            ) : null}
          </dl>
          {certification ? <CertificationFacts certification={certification} /> : null}
          <ShowroomAvailability stock={product.availability} />
        </div>
      </div>
      {product.description ? (
        <section aria-labelledby="product-description" className="mt-10 max-w-3xl">
          <h2 id="product-description" className="mb-2 text-lg font-semibold">
            {t("description")}
          </h2>
          <p className="whitespace-pre-line text-stone-700">{product.description}</p>
        </section>
      ) : null}
    </article>
  )
}
