/**
 * A `YYYY-MM-DD` date as Vietnamese staff write it, `dd/mm/yyyy`; only the year ("Năm 2024") when
 * the source gave just the year; a dash when there is no date.
 */
export function formatDate(isoDate: string | null, approximate = false): string {
  if (!isoDate) return "—"
  const [year, month, day] = isoDate.split("-")
  return approximate ? `Năm ${year}` : `${day}/${month}/${year}`
}

/** An expiry date; "(ước tính)" when it is derived from a decision known only by its year. */
export function formatExpiry(expiresOn: string | null, approximate: boolean): string {
  if (!expiresOn) return "—"
  return approximate ? `${formatDate(expiresOn)} (ước tính)` : formatDate(expiresOn)
}
