"use client"

import { useTranslations } from "next-intl"
import { useStats } from "react-instantsearch"

/** How many products match, and for what. */
export function SearchResultCount() {
  const t = useTranslations("Search")
  const { nbHits, query } = useStats()
  return (
    <p data-testid="search-count" role="status" className="text-sm text-stone-600">
      {query ? t("resultCountQuery", { count: nbHits, query }) : t("resultCount", { count: nbHits })}
    </p>
  )
}
