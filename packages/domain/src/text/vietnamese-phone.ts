// What people type between digits: spaces, dots, dashes and parentheses around an area code.
const SEPARATORS = /[\s.\-()]/g
const MOBILE = /^0[35789]\d{8}$/
const LANDLINE = /^02\d{9}$/
// Hà Nội (024) and Hồ Chí Minh City (028) have 3-digit area codes and 8-digit subscriber numbers.
const THREE_DIGIT_AREA = /^02[48]/

/**
 * A Vietnamese phone number in its national form (`0912345678`), or `null` if it is not one.
 * Accepts separators and a `+84`/`84` prefix; mobiles are 10 digits starting 03, 05, 07, 08 or 09,
 * landlines 11 digits starting 02. Old 01x mobile numbers were retired in 2018 and are refused.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.replace(SEPARATORS, "")
  const match = /^(?:\+?84)?(\d+)$/.exec(compact)
  if (!match?.[1]) return null
  const hadCountryCode = match[1] !== compact
  // "+84 (0) 912 …" keeps the trunk 0 after the country code; otherwise it must be added back.
  const national = hadCountryCode && !match[1].startsWith("0") ? `0${match[1]}` : match[1]
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null
}

/** Whether a text is a Vietnamese mobile or landline number, separators and +84 allowed. */
export function isVietnamesePhone(input: string): boolean {
  return normalizeVietnamesePhone(input) !== null
}

/**
 * Groups a phone number for display: mobile `0912 345 678`, landline `0232 3822 123`
 * (`024 3825 1234` for Hà Nội and Hồ Chí Minh City). Throws on text that is not a phone number.
 */
export function formatVietnamesePhone(national: string): string {
  const phone = normalizeVietnamesePhone(national)
  if (!phone) {
    throw new RangeError(`"${national}" is not a Vietnamese phone number`)
  }
  if (MOBILE.test(phone)) return group(phone, [4, 3, 3])
  return group(phone, THREE_DIGIT_AREA.test(phone) ? [3, 4, 4] : [4, 4, 3])
}

function group(digits: string, sizes: readonly number[]): string {
  let start = 0
  return sizes
    .map((size) => {
      const part = digits.slice(start, start + size)
      start += size
      return part
    })
    .join(" ")
}
