import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { loadCataloguePage } from "@/lib/catalogue/load-catalogue-page"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { formatSearchUrl, parseSearchUrl, toUrlSearchParams } from "@/lib/search/search-url"
import { CatalogueTemplate } from "@/modules/catalogue/templates/catalogue-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The catalogue's title and description; a filtered catalogue points at the plain one and stays out of indexes. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  const metadata = buildPageMetadata({ origin: await siteOrigin(), locale, path: "/products", title: t("title"), description: t("metaDescription"), siteName: tHeader("brand") })
  const filtered = formatSearchUrl(parseSearchUrl(toUrlSearchParams(await searchParams)))
  return filtered ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

/** The whole catalogue: the search page's grid, facets and sorting as links, under the catalogue's own heading. */
export default async function CataloguePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const page = await loadCataloguePage("/products", await searchParams)
  return (
    <ClientMessages namespaces={["Search"]}>
      <CatalogueTemplate {...page} path="/products" heading={{ title: t("title"), description: t("description") }} />
    </ClientMessages>
  )
}
