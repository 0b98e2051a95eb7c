import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducts } from "@/lib/data/products"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const HOME_PRODUCT_LIMIT = 24

type Props = {
  params: Promise<{ locale: string }>
}

/** What the shop is, in the visitor's language, with its canonical URL and both languages' links. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return buildPageMetadata({ origin: await siteOrigin(), locale, path: "/", title: t("title"), description: t("description"), siteName: tHeader("brand") })
}

/** The shop's front page: its products, or a kind notice when the backend is away. */
export default async function HomePage({ params }: Props) {
  await resolveLocale(params)
  const products = await listProducts({ limit: HOME_PRODUCT_LIMIT })
  return <HomeTemplate products={products} />
}
