import type { ProductCard } from "@ocop/types"
import { useTranslations } from "next-intl"
import type { BackendResult } from "@/lib/data/backend-call"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductGrid } from "@/modules/products/components/product-grid/product-grid"

type Props = {
  products: BackendResult<ProductCard[]>
}

/** The front page: what the shop is, then its products (or why they cannot be shown now). */
export function HomeTemplate({ products }: Props) {
  const t = useTranslations("Home")
  return (
    <>
      <section className="py-8 sm:py-12">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-stone-600 sm:text-lg">{t("tagline")}</p>
      </section>
      {products.ok ? (
        <section aria-labelledby="home-products">
          <h2 id="home-products" className="mb-4 text-lg font-semibold">
            {t("productsHeading")}
          </h2>
          {products.data.length > 0 ? (
            <ProductGrid products={products.data} />
          ) : (
            <p className="text-stone-600">{t("empty")}</p>
          )}
        </section>
      ) : (
        <UnavailableNotice />
      )}
    </>
  )
}
