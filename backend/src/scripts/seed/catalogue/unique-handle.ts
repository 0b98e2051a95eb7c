import { toSlug } from "@ocop/domain"

/**
 * The slug of `text`, with "-2", "-3"… appended when `taken` already holds it; records the result
 * in `taken`, so one set per kind of record keeps every handle of that kind unique.
 */
export function uniqueHandle(text: string, taken: Set<string>): string {
  const base = toSlug(text)
  let handle = base
  for (let n = 2; taken.has(handle); n++) {
    handle = `${base}-${n}`
  }
  taken.add(handle)
  return handle
}
