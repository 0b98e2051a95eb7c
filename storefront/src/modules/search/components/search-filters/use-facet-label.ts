import { formatVnd, PRODUCER_TYPES, PRODUCT_GROUPS } from "@ocop/domain"
import { PRICE_RANGES } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { PRICE_BAND_ATTRIBUTE } from "@/lib/search/product-search"

/** Names of facet values the shop holds as data (areas and showrooms), keyed by code or handle. */
export type FacetNames = {
  areas: Record<string, string>
  showrooms: Record<string, string>
}

/**
 * The shopper's words for a facet's value (stars, group, price band, area, showroom, producer
 * type), the same on the search page's filters and the catalogue's; the value itself when it has none.
 */
export function useFacetLabel(names: FacetNames): (attribute: string, value: string) => string {
  const t = useTranslations("Search")
  const locale = useLocale()
  const inLocale = (entry: { vi: string; en: string } | undefined, value: string) => (entry ? (locale === "en" ? entry.en : entry.vi) : value)
  const priceLabel = (key: string) => {
    const range = PRICE_RANGES.find((candidate) => candidate.key === key)
    if (!range) return key
    if (!("from" in range)) return t("priceUnder", { to: formatVnd(range.to) })
    if (!("to" in range)) return t("priceFrom", { from: formatVnd(range.from) })
    return t("priceBetween", { from: formatVnd(range.from), to: formatVnd(range.to) })
  }
  return (attribute, value) => {
    switch (attribute) {
      case "star_level":
        return `${"★".repeat(Number(value))} ${t("stars", { count: Number(value) })}`
      case "group_code":
        return inLocale(PRODUCT_GROUPS.find((group) => group.code === value), value)
      case PRICE_BAND_ATTRIBUTE:
        return priceLabel(value)
      case "area_code":
        return names.areas[value] ?? value
      case "showrooms":
        return names.showrooms[value] ?? value
      case "producer_type":
        return inLocale(PRODUCER_TYPES.find((type) => type.code === value), value)
      default:
        return value
    }
  }
}
