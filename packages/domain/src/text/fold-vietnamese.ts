const COMBINING_MARKS = /[\u0300-\u036f]/g

/**
 * Folds Vietnamese text for comparison: lower case, tone and vowel marks removed, `đ` → `d`,
 * runs of white space collapsed. `Nước  Mắm` and `nuoc mam` fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/** Whether two texts are the same once folded (`Đũa gỗ` matches `dua go`). */
export function equalsFolded(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b)
}
