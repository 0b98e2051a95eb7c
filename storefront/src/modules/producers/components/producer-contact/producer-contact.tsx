import type { ProducerSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { formatOrigin } from "@/lib/format-origin"
import { useProducerTypeName } from "../producer-card/producer-card"

/** A producer's kind, address and the ways to reach it, as a list of facts. */
export function ProducerContact({ producer }: { producer: ProducerSummary }) {
  const t = useTranslations("Producer")
  const typeName = useProducerTypeName()
  const place = formatOrigin([producer.commune, producer.legacyDistrict, producer.province])
  return (
    <dl data-testid="producer-facts" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-stone-500">{t("type")}</dt>
      <dd className="text-stone-800">{typeName(producer.type)}</dd>
      {place ? (
        <>
          <dt className="text-stone-500">{t("place")}</dt>
          <dd className="text-stone-800">{place}</dd>
        </>
      ) : null}
      {producer.phone ? (
        <>
          <dt className="text-stone-500">{t("phone")}</dt>
          <dd>
            <a href={`tel:${producer.phone}`} className="inline-block py-0.5 text-brand-700 underline-offset-2 hover:underline">
              {producer.phone}
            </a>
          </dd>
        </>
      ) : null}
      {producer.email ? (
        <>
          <dt className="text-stone-500">{t("email")}</dt>
          <dd>
            <a href={`mailto:${producer.email}`} className="inline-block break-all py-0.5 text-brand-700 underline-offset-2 hover:underline">
              {producer.email}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
