import type { CertificationView } from "@ocop/types"
import { useFormatter, useTranslations } from "next-intl"

/** The product's earlier OCOP decisions (renewed or revoked), newest first; nothing when there are none. */
export function CertificationHistory({ history }: { history: CertificationView[] }) {
  const t = useTranslations("Traceability")
  const tProduct = useTranslations("Product")
  const tPage = useTranslations("ProductPage")
  const format = useFormatter()
  if (history.length === 0) {
    return null
  }
  const day = (date: CertificationView) =>
    date.decisionDate === null
      ? ""
      : date.decisionDateApproximate
        ? date.decisionDate.slice(0, 4)
        : format.dateTime(new Date(`${date.decisionDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
  return (
    <div className="mt-4">
      <h3 className="mb-1 text-sm font-semibold text-stone-900">{t("history")}</h3>
      <ul data-testid="certification-history" className="space-y-1 text-sm text-stone-700">
        {history.map((entry) => (
          <li key={entry.id}>
            {t("historyEntry", {
              level: entry.starLevel ? tProduct("starLevel", { stars: entry.starLevel }) : tPage("levelNotPublished"),
              date: day(entry),
            })}
            {entry.decisionNumber ? ` · ${tProduct("decision", { number: entry.decisionNumber })}` : ""}
          </li>
        ))}
      </ul>
    </div>
  )
}
