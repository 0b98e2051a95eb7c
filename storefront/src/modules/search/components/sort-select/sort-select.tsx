"use client"

import { useTranslations } from "next-intl"
import { useId } from "react"
import { useSortBy } from "react-instantsearch"
import { SEARCH_SORTS, sortIndexName } from "@/lib/search/product-search"

/** The sort menu: relevance, price both ways, stars, newest. */
export function SortSelect() {
  const t = useTranslations("Search")
  const id = useId()
  const { currentRefinement, options, refine } = useSortBy({
    items: SEARCH_SORTS.map((sort) => ({ value: sortIndexName(sort), label: t(`sort.${sort}`) })),
  })
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-stone-600">
        {t("sortLabel")}
      </label>
      <select
        id={id}
        value={currentRefinement}
        onChange={(event) => refine(event.target.value)}
        className="rounded-lg border border-stone-300 bg-white px-2 py-1.5"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
