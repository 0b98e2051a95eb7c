import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveShowroom } from "@/lib/data/showrooms"
import { buildPageMetadata, showroomPath } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ShowroomTemplate } from "@/modules/showrooms/templates/showroom-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/** The showroom's name as title, and what its page tells as description. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const showroom = await retrieveShowroom(handle)
  if (!showroom.ok || !showroom.data) {
    return {}
  }
  const { name } = showroom.data
  const t = await getTranslations({ locale, namespace: "Showroom" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return buildPageMetadata({ origin: await siteOrigin(), locale, path: showroomPath(handle), title: name, description: t("metaDescription", { name }), siteName: tHeader("brand") })
}

/** A showroom's page with its stock; a 404 for a handle no showroom has. */
export default async function ShowroomPage({ params }: Props) {
  await resolveLocale(params)
  const { handle } = await params
  const showroom = await retrieveShowroom(handle)
  if (!showroom.ok) {
    return <UnavailableNotice />
  }
  if (!showroom.data) {
    notFound()
  }
  return <ShowroomTemplate showroom={showroom.data} />
}
