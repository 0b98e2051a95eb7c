import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveOcopProduct } from "@/lib/data/ocop-products"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/** The product's title and who makes it. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok || !product.data) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "Product" })
  const producer = product.data.producer?.name
  return { title: product.data.title, ...(producer ? { description: t("metaDescription", { title: product.data.title, producer }) } : {}) }
}

/** One product's page; a 404 for a handle the shop does not sell. */
export default async function ProductPage({ params }: Props) {
  await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok) {
    return <UnavailableNotice />
  }
  if (!product.data) {
    notFound()
  }
  return <ProductTemplate product={product.data} />
}
