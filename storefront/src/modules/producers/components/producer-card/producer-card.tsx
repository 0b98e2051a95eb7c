import { PRODUCER_TYPES } from "@ocop/domain"
import type { ProducerSummary } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatOrigin } from "@/lib/format-origin"
import { producerPath } from "@/lib/seo/page-metadata"

type Props = {
  producer: Pick<ProducerSummary, "handle" | "name" | "type" | "commune" | "legacyDistrict" | "province" | "logoUrl" | "fictional">
  /** A heading level that fits where the card stands. */
  headingLevel?: "h2" | "h3"
}

/** The word for a kind of producer in the page's language ("Hợp tác xã", "Cooperative"). */
export function useProducerTypeName(): (type: string | null) => string {
  const locale = useLocale()
  const t = useTranslations("Producer")
  return (type) => {
    const known = PRODUCER_TYPES.find((candidate) => candidate.code === type)
    return known ? (locale === "en" ? known.en : known.vi) : t("unknownType")
  }
}

/** A producer in brief: logo, name, kind and place, linking to its page. */
export function ProducerCard({ producer, headingLevel: Heading = "h3" }: Props) {
  const t = useTranslations("Producer")
  const typeName = useProducerTypeName()
  const place = formatOrigin([producer.commune, producer.legacyDistrict, producer.province])
  return (
    <Link
      href={producerPath(producer.handle)}
      data-testid="producer-card"
      className="flex h-full items-start gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition hover:shadow-md"
    >
      {producer.logoUrl ? <img src={producer.logoUrl} alt="" className="size-12 shrink-0 rounded-full bg-stone-100 object-cover" /> : null}
      <div className="min-w-0">
        <Heading className="font-semibold text-stone-900">{producer.name}</Heading>
        <p className="text-sm text-stone-600">
          {typeName(producer.type)}
          {producer.fictional ? ` · ${t("fictional")}` : ""}
        </p>
        {place ? <p className="text-sm text-stone-500">{place}</p> : null}
      </div>
    </Link>
  )
}
