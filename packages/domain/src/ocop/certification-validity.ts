import { isCertifiedStarLevel } from "./star-level"

/** How long an OCOP certification lasts from its decision date. */
export const VALIDITY_MONTHS = 36

/** A certification is "expiring" when this many days or fewer remain until its expiry date. */
export const EXPIRING_WITHIN_DAYS = 90

/** Where a certification stands on a given day. */
export type CertificationStatus = "valid" | "expiring" | "expired"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether a string is a real calendar date written `YYYY-MM-DD` (`2025-02-30` is not). */
export function isIsoDate(value: string): boolean {
  const parts = parseIsoDate(value)
  if (!parts) return false
  const { year, month, day } = parts
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * The last day a certification is in force: its decision date plus 36 months, clamped to the end
 * of a shorter month (decided 2024-02-29 → expires 2027-02-28).
 */
export function certificationExpiry(decisionDate: string): string {
  const { year, month, day } = requireIsoDate(decisionDate, "decision date")
  const monthIndex = year * 12 + (month - 1) + VALIDITY_MONTHS
  const expiryYear = Math.floor(monthIndex / 12)
  const expiryMonth = (monthIndex % 12) + 1
  return formatIsoDate(expiryYear, expiryMonth, Math.min(day, daysInMonth(expiryYear, expiryMonth)))
}

/**
 * Where a certification stands on `today`: in force up to and including its expiry day, "expired"
 * from the day after; "expiring" while 0–90 days remain (so on the expiry day itself), otherwise
 * "valid". A decision dated after `today` counts as "valid"; certificationProblems rejects it.
 */
export function certificationStatus(decisionDate: string, today: string): CertificationStatus {
  const expiry = certificationExpiry(decisionDate)
  const daysLeft = dayNumber(expiry) - dayNumber(requireIsoDate(today, "today").text)
  if (daysLeft < 0) return "expired"
  return daysLeft <= EXPIRING_WITHIN_DAYS ? "expiring" : "valid"
}

/**
 * Whether a shop may show an OCOP star badge on `today`: only for 3–5★ (never for 1–2★ or an
 * unpublished `null` level), with a real decision date no later than today and not yet expired.
 */
export function showsStarBadge(
  certification: { starLevel: number | null; decisionDate: string },
  today: string,
): boolean {
  const { starLevel, decisionDate } = certification
  if (!isCertifiedStarLevel(starLevel) || !isIsoDate(decisionDate)) return false
  // A decision not signed yet certifies nothing, whatever the data says.
  if (decisionDate > requireIsoDate(today, "today").text) return false
  return certificationStatus(decisionDate, today) !== "expired"
}

/** The calendar date in Việt Nam (Asia/Ho_Chi_Minh) at an instant, as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")}`
}

type IsoDateParts = { text: string; year: number; month: number; day: number }

function parseIsoDate(value: string): IsoDateParts | null {
  // Callers pass request bodies through here, so a non-string must not be coerced into a match.
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null
  if (!match) return null
  return { text: value, year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

function requireIsoDate(value: string, name: string): IsoDateParts {
  const parts = parseIsoDate(value)
  if (!parts || !isIsoDate(value)) {
    throw new RangeError(`The ${name} must be a real date written YYYY-MM-DD, got "${value}"`)
  }
  return parts
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

function formatIsoDate(year: number, month: number, day: number): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, "0")
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

// Days since 1970-01-01 of a valid ISO date; UTC has no daylight saving, so each day is 86 400 s.
function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000
}
