/**
 * Splits a Vietnamese full name the way the name is used: the last word is the given name
 * (tên, Medusa's `first_name`), everything before it the family and middle names (họ và tên
 * đệm, `last_name`). "Nguyễn Văn An" is first "An", last "Nguyễn Văn"; a one-word name is all given name.
 */
export function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  const firstName = words.pop() ?? ""
  return { firstName, lastName: words.join(" ") }
}

/** The full name in Vietnamese order, family name first, from Medusa's two fields. */
export function joinFullName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  return [lastName?.trim(), firstName?.trim()].filter(Boolean).join(" ")
}
