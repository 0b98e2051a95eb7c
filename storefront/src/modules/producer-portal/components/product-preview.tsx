import type { ProducerProductView } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ProductCard } from "@/modules/products/components/product-card/product-card"

/**
 * How the product will look in the shop once approved: the shop's own card, with the star badge
 * the certification in force gives it (none without one).
 */
export function ProductPreview({ product }: { product: ProducerProductView }) {
  const t = useTranslations("ProducerPortal.editor")
  const prices = product.draft.packs.map((pack) => pack.price)
  const stars = product.certification?.showsBadge ? product.certification.starLevel : null
  return (
    <section aria-labelledby="preview-title" className="flex flex-col gap-2" data-testid="product-preview">
      <h2 id="preview-title" className="font-semibold text-stone-900">
        {t("preview")}
      </h2>
      <div className="w-48">
        <ProductCard product={{ id: product.id, handle: product.handle, title: product.draft.title, thumbnail: product.draft.images[0] ?? null, price: prices.length ? Math.min(...prices) : null, currencyCode: "vnd" }} stars={stars} />
      </div>
      <p className="text-sm text-stone-700">{stars ? t("certification", { stars }) : t("noCertification")}</p>
    </section>
  )
}
