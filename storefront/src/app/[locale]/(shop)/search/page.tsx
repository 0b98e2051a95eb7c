import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { loadSearchPage } from "@/lib/search/load-search-page"
import { formatSearchUrl, parseSearchUrl, toUrlSearchParams } from "@/lib/search/search-url"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The title names what was searched for. Every search shares the plain search page as its
 * canonical URL, and a search with words or filters is left out of indexes (its links still count).
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Search" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  const state = parseSearchUrl(toUrlSearchParams(await searchParams))
  const metadata = buildPageMetadata({
    origin: await siteOrigin(),
    locale,
    path: "/search",
    title: state.q ? t("metaTitleQuery", { query: state.q }) : t("metaTitle"),
    description: t("metaDescription"),
    siteName: tHeader("brand"),
  })
  return formatSearchUrl(state) ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

/** Product search: the URL's search runs on the server first, then InstantSearch takes over. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const { key, ...page } = await loadSearchPage(locale, "/search", await searchParams)
  // A new search from outside (the header box) starts InstantSearch afresh from its server results.
  return (
    <ClientMessages namespaces={["Search", "ProductCard", "StarBadge", "Unavailable"]}>
      <SearchTemplate key={key} {...page} />
    </ClientMessages>
  )
}
