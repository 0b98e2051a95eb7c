/** One opening period: `days` is a day ("sun") or a range ("mon-sat"); times are 24-hour "HH:MM". */
export type OpeningPeriod = { days: string; opens: string; closes: string }

/** Vietnamese names of the days, by the short codes opening hours use. */
export const DAY_NAMES_VI: Readonly<Record<string, string>> = {
  mon: "Thứ Hai",
  tue: "Thứ Ba",
  wed: "Thứ Tư",
  thu: "Thứ Năm",
  fri: "Thứ Sáu",
  sat: "Thứ Bảy",
  sun: "Chủ nhật",
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/**
 * Opening hours as a Vietnamese sentence: `[{ days: "mon-sat", opens: "07:30", closes: "17:30" }]`
 * → "Thứ Hai – Thứ Bảy: 07:30–17:30". Throws on an unknown day or a malformed time.
 */
export function openingHoursTextVi(periods: OpeningPeriod[]): string {
  return periods.map((period) => `${daysVi(period.days)}: ${time(period.opens)}–${time(period.closes)}`).join("; ")
}

function daysVi(days: string): string {
  return days
    .split("-")
    .map((day) => {
      const name = DAY_NAMES_VI[day]
      if (!name) throw new RangeError(`"${day}" is not a day (mon, tue, wed, thu, fri, sat, sun)`)
      return name
    })
    .join(" – ")
}

function time(value: string): string {
  if (!TIME.test(value)) throw new RangeError(`"${value}" is not a 24-hour time written HH:MM`)
  return value
}
