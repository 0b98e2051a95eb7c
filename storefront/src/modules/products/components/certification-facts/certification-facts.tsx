import type { CertificationView } from "@ocop/types"
import { useFormatter, useTranslations } from "next-intl"

/** The facts behind a star badge: decision, date, awarding level and how long it holds. */
export function CertificationFacts({ certification }: { certification: CertificationView }) {
  const t = useTranslations("Product")
  const format = useFormatter()
  const day = (isoDate: string) => format.dateTime(new Date(`${isoDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
  const facts: Array<[string, string]> = []
  if (certification.decisionNumber) facts.push([t("certification"), t("decision", { number: certification.decisionNumber })])
  if (certification.decisionDate) {
    facts.push([t("decisionDate"), certification.decisionDateApproximate ? certification.decisionDate.slice(0, 4) : day(certification.decisionDate)])
  }
  if (certification.awardingLevel) facts.push([t("awardingLevel"), t(`awarding.${certification.awardingLevel}`)])
  if (certification.expiresOn) {
    facts.push([t("validUntil"), `${day(certification.expiresOn)}${certification.status === "expiring" ? ` (${t("expiring")})` : ""}`])
  }
  return (
    <dl data-testid="certification-facts" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {facts.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="text-stone-500">{term}</dt>
          <dd className="text-stone-800">{detail}</dd>
        </div>
      ))}
    </dl>
  )
}
