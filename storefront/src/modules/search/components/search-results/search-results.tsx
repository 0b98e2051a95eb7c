"use client"

import type { ProductSearchHit } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useClearRefinements, useHits, useInstantSearch } from "react-instantsearch"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { EAGER_CARD_COUNT } from "@/modules/products/components/product-thumbnail/eager-card-count"
import { SearchHitCard } from "../search-hit-card/search-hit-card"

/** The results of the search: cards, or why there are none (nothing matches, or the shop is away). */
export function SearchResults() {
  const t = useTranslations("Search")
  const { status, refresh } = useInstantSearch()
  const { items } = useHits<ProductSearchHit>()
  const { canRefine: hasFilters, refine: clearFilters } = useClearRefinements()
  if (status === "error") {
    return <UnavailableNotice onRetry={refresh} />
  }
  if (items.length === 0) {
    return (
      <section data-testid="search-empty" className="rounded-2xl border border-stone-200 bg-white px-5 py-10 text-center">
        <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
        <p className="mt-2 text-stone-600">{hasFilters ? t("emptyWithFilters") : t("emptyWithoutFilters")}</p>
        {hasFilters ? (
          <button type="button" onClick={clearFilters} className="mt-5 rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800">
            {t("clearFilters")}
          </button>
        ) : null}
      </section>
    )
  }
  return (
    <ul data-testid="search-hits" aria-busy={status === "stalled"} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
      {items.map((hit, index) => (
        <li key={hit.objectID}>
          <SearchHitCard hit={hit} eager={index < EAGER_CARD_COUNT} />
        </li>
      ))}
    </ul>
  )
}
