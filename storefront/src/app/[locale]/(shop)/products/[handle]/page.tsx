import { formatVnd } from "@ocop/domain/money"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listOcopProducts, retrieveOcopProduct } from "@/lib/data/ocop-products"
import { formatOrigin } from "@/lib/format-origin"
import { buildPageMetadata, localizedUrl, productPath, tracePath } from "@/lib/seo/page-metadata"
import { shownStarLevel } from "@/lib/seo/product-json-ld"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductJsonLd } from "@/modules/products/components/product-json-ld/product-json-ld"
import { ProductTemplate } from "@/modules/products/templates/product-template"
import { AddToCart } from "@/modules/cart/components/add-to-cart/add-to-cart"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/** The product's title with its star level when the badge shows, and a description of who makes it, where, and for how much. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok || !product.data) {
    return {}
  }
  const { title, producer, origin, price, thumbnail } = product.data
  const t = await getTranslations({ locale, namespace: "Product" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  const stars = shownStarLevel(product.data)
  const place = formatOrigin([origin.commune, origin.legacyDistrict, origin.province])
  const description = [
    stars ? t("metaIntroStars", { title, stars }) : t("metaIntro", { title }),
    producer ? t("metaProducer", { producer: producer.name }) : null,
    place ? t("metaOrigin", { origin: place }) : null,
    price === null ? null : t("metaPrice", { price: formatVnd(price) }),
  ]
  return buildPageMetadata({
    origin: await siteOrigin(),
    locale,
    path: productPath(handle),
    title: stars ? t("metaTitleStars", { title, stars }) : title,
    description: description.filter(Boolean).join(" "),
    siteName: tHeader("brand"),
    image: thumbnail,
  })
}

// Four related products fill a row; one more is asked for in case the product itself is among them.
const RELATED_LIMIT = 4

/** One product's page, with its Product JSON-LD and its group's other products; a 404 for a handle the shop does not sell. */
export default async function ProductPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok) {
    return <UnavailableNotice />
  }
  if (!product.data) {
    notFound()
  }
  const { handle: own, id, certification } = product.data
  // Related products are a nicety: without them the page still sells the product.
  const related = certification ? await listOcopProducts({ groups: [certification.groupCode], limit: RELATED_LIMIT + 1 }) : null
  const origin = await siteOrigin()
  return (
    <ClientMessages namespaces={["Cart", "ProductPage"]}>
      <ProductJsonLd product={product.data} url={localizedUrl(origin, locale, productPath(own))} />
      <ProductTemplate
        product={product.data}
        related={related?.ok ? related.data.filter((candidate) => candidate.id !== id).slice(0, RELATED_LIMIT) : []}
        traceUrl={localizedUrl(origin, locale, tracePath(own))}
        addToCart={<AddToCart variants={product.data.variants} inStock={product.data.availability.reduce((sum, showroom) => sum + showroom.quantity, 0)} />}
      />
    </ClientMessages>
  )
}
