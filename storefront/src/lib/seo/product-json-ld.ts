import type { OcopProductDetail } from "@ocop/types"

const IN_STOCK = "https://schema.org/InStock"
const OUT_OF_STOCK = "https://schema.org/OutOfStock"

/** The star level a product's page shows as a badge: a certified 3–5 in force, else null. */
export function shownStarLevel(product: Pick<OcopProductDetail, "certification">): number | null {
  const certification = product.certification
  return certification?.showsBadge && certification.starLevel ? certification.starLevel : null
}

/** A schema.org `Product` as search engines read it from the page's JSON-LD. */
export type ProductJsonLd = {
  "@context": "https://schema.org"
  "@type": "Product"
  name: string
  sku: string
  url: string
  description?: string
  image?: string[]
  brand?: { "@type": "Brand"; name: string }
  manufacturer?: { "@type": "Organization"; name: string }
  offers?: { "@type": "Offer"; url: string; price: string; priceCurrency: "VND"; availability: typeof IN_STOCK | typeof OUT_OF_STOCK }
  additionalProperty?: Array<{ "@type": "PropertyValue"; name: "OCOP"; value: string }>
}

/**
 * The Product JSON-LD of a product's page: producer as brand and manufacturer, the price in whole
 * đồng, in stock when a showroom holds some, and the OCOP star level only where the page shows a
 * badge. `starLabel` words the level in the page's language ("4 sao").
 */
export function buildProductJsonLd(
  product: OcopProductDetail,
  { url, starLabel }: { url: string; starLabel: (stars: number) => string },
): ProductJsonLd {
  const stars = shownStarLevel(product)
  const producer = product.producer?.name
  const description = product.description?.trim() || product.subtitle?.trim()
  const inStock = product.availability.some((stock) => stock.quantity > 0)
  // Every picture of the gallery; the thumbnail alone for a product without pictures of its own.
  const images = product.images.length > 0 ? product.images.map((image) => image.url) : product.thumbnail ? [product.thumbnail] : []
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    sku: product.handle,
    url,
    ...(description ? { description } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(producer ? { brand: { "@type": "Brand", name: producer }, manufacturer: { "@type": "Organization", name: producer } } : {}),
    ...(product.price === null
      ? {}
      : {
          offers: {
            "@type": "Offer",
            url,
            // VND has no minor unit: the price is a whole number of đồng.
            price: String(Math.round(product.price)),
            priceCurrency: "VND",
            availability: inStock ? IN_STOCK : OUT_OF_STOCK,
          },
        }),
    ...(stars ? { additionalProperty: [{ "@type": "PropertyValue", name: "OCOP", value: starLabel(stars) }] } : {}),
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so text from the
 * catalogue (a description holding `</script>`) can never end the script or start markup.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
}
