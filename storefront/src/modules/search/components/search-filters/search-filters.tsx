"use client"

import { formatVnd, PRODUCER_TYPES, PRODUCT_GROUPS } from "@ocop/domain"
import { PRICE_RANGES } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { useId, useState } from "react"
import { useClearRefinements, useRefinementList } from "react-instantsearch"
import { PRICE_BAND_ATTRIBUTE } from "@/lib/search/product-search"
import { RefinementFacet } from "../refinement-facet/refinement-facet"

/** Names of facet values the shop holds as data (areas and showrooms), keyed by code or handle. */
export type FacetNames = {
  areas: Record<string, string>
  showrooms: Record<string, string>
}

type FacetValue = { name: string }

const byListOrder = (order: readonly string[]) => (a: FacetValue, b: FacetValue) => order.indexOf(a.name) - order.indexOf(b.name)
const GROUP_ORDER = byListOrder(PRODUCT_GROUPS.map((group) => group.code))
const PRICE_ORDER = byListOrder(PRICE_RANGES.map((range) => range.key))

type Props = {
  names: FacetNames
  /** Facets the page fixes (a group page's group): refined but neither shown nor cleared. */
  fixed?: string[]
}

/** Keeps a fixed facet's refinement in the search without showing it (InstantSearch drops unmounted facets). */
function FixedFacet({ attribute }: { attribute: string }) {
  useRefinementList({ attribute, operator: "or" })
  return null
}

/** The facets of the search page; on a phone they fold away behind a button. */
export function SearchFilters({ names, fixed = [] }: Props) {
  const t = useTranslations("Search")
  const locale = useLocale()
  const id = useId()
  const [open, setOpen] = useState(false)
  const { canRefine, refine: clear } = useClearRefinements({ excludedAttributes: ["query", ...fixed] })
  const shows = (attribute: string) => !fixed.includes(attribute)
  const inLocale = (entry: { vi: string; en: string } | undefined, value: string) => (entry ? (locale === "en" ? entry.en : entry.vi) : value)
  const priceLabel = (key: string) => {
    const range = PRICE_RANGES.find((candidate) => candidate.key === key)
    if (!range) return key
    if (!("from" in range)) return t("priceUnder", { to: formatVnd(range.to) })
    if (!("to" in range)) return t("priceFrom", { from: formatVnd(range.from) })
    return t("priceBetween", { from: formatVnd(range.from), to: formatVnd(range.to) })
  }
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="mb-3 w-full rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium lg:hidden"
      >
        {open ? t("hideFilters") : t("showFilters")}
      </button>
      <section id={id} aria-label={t("filters")} className={`${open ? "block" : "hidden"} rounded-xl border border-stone-200 bg-white p-4 lg:block`}>
        <RefinementFacet
          attribute="star_level"
          title={t("facets.star_level")}
          label={(value) => `${"★".repeat(Number(value))} ${t("stars", { count: Number(value) })}`}
          sortBy={["name:desc"]}
        />
        {shows("group_code") ? (
          <RefinementFacet
            attribute="group_code"
            title={t("facets.group_code")}
            label={(value) => inLocale(PRODUCT_GROUPS.find((group) => group.code === value), value)}
            sortBy={GROUP_ORDER}
          />
        ) : (
          <FixedFacet attribute="group_code" />
        )}
        <RefinementFacet attribute={PRICE_BAND_ATTRIBUTE} title={t("facets.price_band")} label={priceLabel} sortBy={PRICE_ORDER} />
        <RefinementFacet attribute="area_code" title={t("facets.area_code")} label={(value) => names.areas[value] ?? value} />
        <RefinementFacet attribute="showrooms" title={t("facets.showrooms")} label={(value) => names.showrooms[value] ?? value} />
        <RefinementFacet
          attribute="producer_type"
          title={t("facets.producer_type")}
          label={(value) => inLocale(PRODUCER_TYPES.find((type) => type.code === value), value)}
        />
        {canRefine ? (
          <button type="button" onClick={clear} className="mt-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("clearFilters")}
          </button>
        ) : null}
      </section>
    </div>
  )
}
