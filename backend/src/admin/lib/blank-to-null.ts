/** Typed text, trimmed, or null when blank: the API clears a field it receives as null. */
export function blankToNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === "" ? null : trimmed
}
