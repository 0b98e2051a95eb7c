import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listShowrooms } from "@/lib/data/showrooms"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ShowroomListTemplate } from "@/modules/showrooms/templates/showroom-list-template"

type Props = {
  params: Promise<{ locale: string }>
}

/** The showroom directory's title and description in the visitor's language. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Showroom" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return buildPageMetadata({ origin: await siteOrigin(), locale, path: "/showrooms", title: t("listTitle"), description: t("listDescription"), siteName: tHeader("brand") })
}

/** Every showroom, the provincial one first. */
export default async function ShowroomsPage({ params }: Props) {
  await resolveLocale(params)
  const showrooms = await listShowrooms()
  return showrooms.ok ? <ShowroomListTemplate showrooms={showrooms.data} /> : <UnavailableNotice />
}
