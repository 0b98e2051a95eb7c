"use client"

import { useRefinementList, type UseRefinementListProps } from "react-instantsearch"
import { FACET_VALUE_LIMIT } from "@/lib/search/product-search"

type Props = {
  attribute: string
  title: string
  /** The shopper's words for a value; the value itself when it has none. */
  label: (value: string) => string
  sortBy?: UseRefinementListProps["sortBy"]
}

/** One facet as checkboxes with counts; values combine with OR, facets with AND. */
export function RefinementFacet({ attribute, title, label, sortBy = ["count:desc", "name:asc"] }: Props) {
  const { items, refine } = useRefinementList({ attribute, operator: "or", limit: FACET_VALUE_LIMIT, sortBy })
  if (items.length === 0) {
    return null
  }
  return (
    <fieldset data-testid={`facet-${attribute}`} className="border-t border-stone-200 py-4 first:border-t-0 first:pt-0">
      <legend className="mb-2 text-sm font-semibold text-stone-900">{title}</legend>
      <ul className="space-y-1.5">
        {items.map((item) => (
          <li key={item.value}>
            <label className="flex cursor-pointer items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                checked={item.isRefined}
                onChange={() => refine(item.value)}
                className="size-4 shrink-0 accent-brand-700"
              />
              <span className="flex-1">{label(item.value)}</span>
              <span className="rounded-full bg-stone-100 px-2 text-xs tabular-nums text-stone-600">{item.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
