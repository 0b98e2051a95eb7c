import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducers } from "@/lib/data/producers"
import { buildPageMetadata } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProducerListTemplate } from "@/modules/producers/templates/producer-list-template"

type Props = {
  params: Promise<{ locale: string }>
}

/** The producer directory's title and description in the visitor's language. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return buildPageMetadata({ origin: await siteOrigin(), locale, path: "/producers", title: t("listTitle"), description: t("listDescription"), siteName: tHeader("brand") })
}

/** Every producer of the shop's products. */
export default async function ProducersPage({ params }: Props) {
  await resolveLocale(params)
  const producers = await listProducers()
  return producers.ok ? <ProducerListTemplate producers={producers.data} /> : <UnavailableNotice />
}
