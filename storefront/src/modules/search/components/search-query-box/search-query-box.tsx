"use client"

import { MAX_SEARCH_QUERY_LENGTH } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useId, useRef, useState } from "react"
import { useSearchBox } from "react-instantsearch"

/** The search page's own box: results follow every letter typed. */
export function SearchQueryBox() {
  const t = useTranslations("Search")
  const id = useId()
  const { query, refine } = useSearchBox()
  const input = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(query)
  // The back button changes the query from outside; the box follows unless the shopper is typing.
  if (query !== value && typeof document !== "undefined" && document.activeElement !== input.current) {
    setValue(query)
  }
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {t("queryLabel")}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        value={value}
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        placeholder={t("queryPlaceholder")}
        onChange={(event) => {
          setValue(event.target.value)
          refine(event.target.value)
        }}
        className="w-full rounded-xl border border-stone-300 bg-white px-4 py-2.5 outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
      />
    </div>
  )
}
