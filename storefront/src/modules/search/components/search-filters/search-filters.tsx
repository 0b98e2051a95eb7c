"use client"

import { useTranslations } from "next-intl"
import { useClearRefinements } from "react-instantsearch"
import { GROUP_ORDER, PRICE_ORDER } from "@/lib/search/facet-order"
import { PRICE_BAND_ATTRIBUTE } from "@/lib/search/product-search"
import { FilterFold } from "@/modules/catalogue/components/filter-fold/filter-fold"
import { RefinementFacet } from "../refinement-facet/refinement-facet"
import { useFacetLabel, type FacetNames } from "./use-facet-label"

export type { FacetNames } from "./use-facet-label"

type Props = {
  names: FacetNames
}

/** The facets of the search page; on a phone they fold away behind a button. */
export function SearchFilters({ names }: Props) {
  const t = useTranslations("Search")
  const { canRefine, refine: clear } = useClearRefinements({ excludedAttributes: ["query"] })
  const label = useFacetLabel(names)
  const labelOf = (attribute: string) => (value: string) => label(attribute, value)
  return (
    <FilterFold label={t("filters")} showLabel={t("showFilters")} hideLabel={t("hideFilters")}>
      <RefinementFacet attribute="star_level" title={t("facets.star_level")} label={labelOf("star_level")} sortBy={["name:desc"]} />
      <RefinementFacet attribute="group_code" title={t("facets.group_code")} label={labelOf("group_code")} sortBy={GROUP_ORDER} />
      <RefinementFacet attribute={PRICE_BAND_ATTRIBUTE} title={t("facets.price_band")} label={labelOf(PRICE_BAND_ATTRIBUTE)} sortBy={PRICE_ORDER} />
      <RefinementFacet attribute="area_code" title={t("facets.area_code")} label={labelOf("area_code")} />
      <RefinementFacet attribute="showrooms" title={t("facets.showrooms")} label={labelOf("showrooms")} />
      <RefinementFacet attribute="producer_type" title={t("facets.producer_type")} label={labelOf("producer_type")} />
      {canRefine ? (
        <button type="button" onClick={clear} className="mt-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("clearFilters")}
        </button>
      ) : null}
    </FilterFold>
  )
}
