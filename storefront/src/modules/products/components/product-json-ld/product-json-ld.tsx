import type { OcopProductDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import { buildProductJsonLd, serializeJsonLd } from "@/lib/seo/product-json-ld"

/** The product's schema.org data for search engines, its star level worded in the page's language. */
export function ProductJsonLd({ product, url }: { product: OcopProductDetail; url: string }) {
  const t = useTranslations("Product")
  const jsonLd = buildProductJsonLd(product, { url, starLabel: (stars) => t("starLevel", { stars }) })
  // The JSON is escaped by serializeJsonLd, so catalogue text cannot break out of the script.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
}
