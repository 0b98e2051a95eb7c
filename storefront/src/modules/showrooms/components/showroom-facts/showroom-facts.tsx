import type { ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { formatOrigin } from "@/lib/format-origin"
import { mapLink } from "@/lib/maps/map-link"
import { OpeningHours } from "../opening-hours/opening-hours"

/** The address of a showroom as one line: street, commune, province. */
export function showroomAddress(showroom: Pick<ShowroomSummary, "street" | "commune" | "province">): string {
  return formatOrigin([showroom.street, showroom.commune, showroom.province])
}

/** Where a showroom is, when it opens and how to call it, with a map link on its page. */
export function ShowroomFacts({ showroom, withMap = false }: { showroom: ShowroomSummary; withMap?: boolean }) {
  const t = useTranslations("Showroom")
  const address = showroomAddress(showroom)
  return (
    <dl data-testid="showroom-facts" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-stone-500">{t("address")}</dt>
      <dd className="text-stone-800">
        {address}
        {withMap ? (
          <a
            href={mapLink({ latitude: showroom.latitude, longitude: showroom.longitude, address })}
            target="_blank"
            rel="noopener noreferrer external"
            aria-label={t("mapLabel", { name: showroom.name })}
            data-testid="showroom-map"
            className="ml-2 inline-block py-0.5 font-medium text-brand-700 underline underline-offset-2"
          >
            {t("map")}
          </a>
        ) : null}
      </dd>
      <dt className="text-stone-500">{t("hours")}</dt>
      <dd className="text-stone-800">
        <OpeningHours periods={showroom.openingHours} />
      </dd>
      <dt className="text-stone-500">{t("phone")}</dt>
      <dd>
        <a href={`tel:${showroom.phone}`} className="inline-block py-0.5 text-brand-700 underline-offset-2 hover:underline">
          {showroom.phone}
        </a>
      </dd>
    </dl>
  )
}
