import { DAY_NAMES_VI } from "./ocop-domain"

/** The day ranges staff choose from, as the API writes them ("mon-sat"). */
export const DAY_RANGES = ["mon-sun", "mon-fri", "mon-sat", "sat-sun", "sat", "sun"].map((days) => ({ value: days, label: daysName(days) }))

/** "mon-sat" → "Thứ Hai – Thứ Bảy"; an unknown day stays as written. */
export function daysName(days: string): string {
  return days
    .split("-")
    .map((day) => DAY_NAMES_VI[day] ?? day)
    .join(" – ")
}

/** Opening hours as one line: "Thứ Hai – Thứ Bảy: 07:30–17:30; Chủ nhật: 08:00–11:30". */
export function openingHoursLabel(slots: Array<{ days: string; opens: string; closes: string }>): string {
  return slots.map((slot) => `${daysName(slot.days)}: ${slot.opens}–${slot.closes}`).join("; ") || "—"
}
