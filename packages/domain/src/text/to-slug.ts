import { foldVietnamese } from "./fold-vietnamese"

/**
 * Turns a Vietnamese name into a URL slug: `Nước mắm chay Tuấn Linh` → `nuoc-mam-chay-tuan-linh`.
 *
 * Throws when nothing usable is left, because an empty handle would collide with every other.
 */
export function toSlug(text: string): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (!slug) {
    throw new RangeError(`"${text}" has no letters or digits to make a slug from`)
  }
  return slug
}
