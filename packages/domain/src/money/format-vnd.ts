const GROUPS = /\B(?=(\d{3})+(?!\d))/g

/**
 * Formats a whole amount of đồng the way Vietnamese shops print it: `125.000 ₫`.
 *
 * VND has no minor unit, so a fractional or non-finite amount is a bug upstream and throws.
 */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`A VND amount must be a whole number of đồng, got ${amount}`)
  }
  const digits = Math.abs(amount).toString().replace(GROUPS, ".")
  return `${amount < 0 ? "-" : ""}${digits} ₫`
}
