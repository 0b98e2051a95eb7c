import { foldVietnamese } from "./ocop-domain"

/** Whether any of the texts contains the search, ignoring diacritics and case ("dua go" finds "Đũa gỗ"). */
export function matchesSearch(search: string, texts: Array<string | null | undefined>): boolean {
  const folded = foldVietnamese(search)
  return folded === "" || texts.some((text) => text && foldVietnamese(text).includes(folded))
}
