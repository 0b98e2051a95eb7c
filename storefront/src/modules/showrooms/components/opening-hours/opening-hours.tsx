import type { ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
type Day = (typeof DAYS)[number]
const isDay = (value: string): value is Day => (DAYS as readonly string[]).includes(value)

/**
 * A showroom's opening hours in the page's language, one period a line: "Thứ Hai – Thứ Bảy:
 * 07:30–17:30". A period whose days it cannot read is left out rather than shown wrongly.
 */
export function OpeningHours({ periods }: { periods: ShowroomSummary["openingHours"] }) {
  const t = useTranslations("Showroom")
  const lines = periods.flatMap((period) => {
    const days = period.days.split("-")
    if (!days.every(isDay)) return []
    return [`${days.map((day) => t(`days.${day}`)).join(" – ")}: ${period.opens}–${period.closes}`]
  })
  return (
    <ul data-testid="opening-hours">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
