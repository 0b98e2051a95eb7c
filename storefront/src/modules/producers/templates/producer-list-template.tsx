import type { ProducerSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ProducerCard } from "../components/producer-card/producer-card"

/** The producer directory: every producer as a card linking to its page. */
export function ProducerListTemplate({ producers }: { producers: ProducerSummary[] }) {
  const t = useTranslations("Producer")
  return (
    <div className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-stone-600">{t("listDescription")}</p>
      {producers.length > 0 ? (
        <ul data-testid="producer-list" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {producers.map((producer) => (
            <li key={producer.id}>
              <ProducerCard producer={producer} headingLevel="h2" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-stone-600">{t("empty")}</p>
      )}
    </div>
  )
}
