import type { ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ShowroomCard } from "../components/showroom-card/showroom-card"

/** The showroom directory: the provincial showroom first, then the district ones. */
export function ShowroomListTemplate({ showrooms }: { showrooms: ShowroomSummary[] }) {
  const t = useTranslations("Showroom")
  return (
    <div className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-stone-600">{t("listDescription")}</p>
      {showrooms.length > 0 ? (
        <ul data-testid="showroom-list" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {showrooms.map((showroom) => (
            <li key={showroom.id}>
              <ShowroomCard showroom={showroom} headingLevel="h2" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-stone-600">{t("empty")}</p>
      )}
    </div>
  )
}
