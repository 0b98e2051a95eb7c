import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveOcopProduct } from "@/lib/data/ocop-products"
import { buildPageMetadata, tracePath } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { TraceabilityTemplate } from "@/modules/traceability/templates/traceability-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/** "Traceability: <product>", describing what the page proves. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok || !product.data) {
    return {}
  }
  const { title } = product.data
  const t = await getTranslations({ locale, namespace: "Traceability" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return buildPageMetadata({
    origin: await siteOrigin(),
    locale,
    path: tracePath(handle),
    title: t("metaTitle", { title }),
    description: t("metaDescription", { title }),
    siteName: tHeader("brand"),
    image: product.data.thumbnail,
  })
}

/** A product's public traceability page, which its QR code opens; a 404 for an unknown handle. */
export default async function TracePage({ params }: Props) {
  await resolveLocale(params)
  const { handle } = await params
  const product = await retrieveOcopProduct(handle)
  if (!product.ok) {
    return <UnavailableNotice />
  }
  if (!product.data) {
    notFound()
  }
  return <TraceabilityTemplate product={product.data} />
}
