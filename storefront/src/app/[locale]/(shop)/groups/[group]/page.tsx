import { PRODUCT_GROUPS } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import type { Locale } from "@/i18n/routing"
import { loadCataloguePage } from "@/lib/catalogue/load-catalogue-page"
import { buildPageMetadata, groupPath } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { formatSearchUrl, parseSearchUrl, toUrlSearchParams } from "@/lib/search/search-url"
import { CatalogueTemplate } from "@/modules/catalogue/templates/catalogue-template"

type Props = {
  params: Promise<{ locale: string; group: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The product group a page is about, named in `locale`; a 404 for a code that is no group. */
async function resolveGroup(params: Props["params"], locale: Locale) {
  const { group } = await params
  const known = PRODUCT_GROUPS.find((candidate) => candidate.code === group)
  if (!known) {
    notFound()
  }
  return { code: known.code, name: locale === "en" ? known.en : known.vi }
}

/** The group's own title and description; a filtered group page points at the plain one and stays out of indexes. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const group = await resolveGroup(params, locale)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  const metadata = buildPageMetadata({
    origin: await siteOrigin(),
    locale,
    path: groupPath(group.code),
    title: t("groupMetaTitle", { group: group.name }),
    description: t(`groups.${group.code}`),
    siteName: tHeader("brand"),
  })
  const filtered = formatSearchUrl({ ...parseSearchUrl(toUrlSearchParams(await searchParams)), group: [] })
  return filtered ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

/** One product group: the catalogue with the group fixed as a filter, under the group's name and description. */
export default async function GroupPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const group = await resolveGroup(params, locale)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  const path = groupPath(group.code)
  const page = await loadCataloguePage(path, await searchParams, { group: [group.code] })
  return (
    <ClientMessages namespaces={["Search"]}>
      <CatalogueTemplate {...page} path={path} heading={{ title: group.name, description: t(`groups.${group.code}`) }} />
    </ClientMessages>
  )
}
