import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listOcopProducts } from "@/lib/data/ocop-products"
import { listProducers } from "@/lib/data/producers"
import { listShowrooms } from "@/lib/data/showrooms"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { HomeTemplate } from "@/modules/home/templates/home-template"

// Two rows of four on a wide screen for each star level; six producers fill two rows of three.
const FEATURED_LIMIT = 8
const PRODUCER_LIMIT = 6

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

/** The shop's front page: featured 5★ and 4★ products, groups, showrooms and producers, or a kind notice when the backend is away. */
export default async function HomePage({ params }: Props) {
  await resolveLocale(params)
  const [fiveStars, fourStars, showrooms, producers] = await Promise.all([
    listOcopProducts({ starLevels: [5], limit: FEATURED_LIMIT }),
    listOcopProducts({ starLevels: [4], limit: FEATURED_LIMIT }),
    listShowrooms(),
    listProducers({ limit: PRODUCER_LIMIT }),
  ])
  return <HomeTemplate fiveStars={fiveStars} fourStars={fourStars} showrooms={showrooms} producers={producers} />
}
