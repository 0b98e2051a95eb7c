import { PRODUCER_TYPES } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveProducer } from "@/lib/data/producers"
import { formatOrigin } from "@/lib/format-origin"
import { buildPageMetadata, producerPath } from "@/lib/seo/page-metadata"
import { siteOrigin } from "@/lib/seo/site-origin"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProducerTemplate } from "@/modules/producers/templates/producer-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

/** The producer's name, with what kind of producer it is and where, as title and description. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { handle } = await params
  const producer = await retrieveProducer(handle)
  if (!producer.ok || !producer.data) {
    return {}
  }
  const { name, type, commune, legacyDistrict, province, logoUrl } = producer.data
  const t = await getTranslations({ locale, namespace: "Producer" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  const kind = PRODUCER_TYPES.find((candidate) => candidate.code === type)
  return buildPageMetadata({
    origin: await siteOrigin(),
    locale,
    path: producerPath(handle),
    title: name,
    description: t("metaDescription", {
      name,
      type: kind ? (locale === "en" ? kind.en : kind.vi) : t("unknownType"),
      place: formatOrigin([commune, legacyDistrict, province]),
    }),
    siteName: tHeader("brand"),
    image: logoUrl?.startsWith("http") ? logoUrl : null,
  })
}

/** A producer's page; a 404 for a handle no producer has. */
export default async function ProducerPage({ params }: Props) {
  await resolveLocale(params)
  const { handle } = await params
  const producer = await retrieveProducer(handle)
  if (!producer.ok) {
    return <UnavailableNotice />
  }
  if (!producer.data) {
    notFound()
  }
  return <ProducerTemplate producer={producer.data} />
}
