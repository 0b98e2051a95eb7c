"use client"

import type { ProductSearchHit } from "@ocop/types"
import { useLocale } from "next-intl"
import { useMemo, useRef, useState } from "react"
import { Configure, InstantSearch, useHits, useSearchBox } from "react-instantsearch"
import { useRouter } from "@/i18n/navigation"
import { createBrowserSearchClient } from "@/lib/search/browser-search-client"
import { SEARCH_INDEX } from "@/lib/search/product-search"
import { EMPTY_SEARCH, formatSearchUrl } from "@/lib/search/search-url"
import { SuggestionBox, type Suggestion } from "../suggestion-box/suggestion-box"

/** How many products the box suggests. */
export const SUGGESTION_COUNT = 5

/** How long typing pauses before suggestions are asked for. */
const SUGGEST_DELAY_MS = 150

/** The header's search box: suggestions as the shopper types, Enter opens the search page. */
export function HeaderSearch() {
  // An empty box asks the backend nothing: suggestions start with the first letter.
  const [searchClient] = useState(() => createBrowserSearchClient({ placeholderSearch: false }))
  return (
    <InstantSearch searchClient={searchClient} indexName={SEARCH_INDEX} future={{ preserveSharedStateOnUnmount: true }}>
      <Configure hitsPerPage={SUGGESTION_COUNT} />
      <HeaderSuggestions />
    </InstantSearch>
  )
}

function HeaderSuggestions() {
  const router = useRouter()
  const locale = useLocale()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const queryHook = useMemo(
    () => (query: string, search: (value: string) => void) => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => search(query), SUGGEST_DELAY_MS)
    },
    [],
  )
  const { refine } = useSearchBox({ queryHook })
  const { items } = useHits<ProductSearchHit>()
  const [text, setText] = useState("")
  const suggestions: Suggestion[] = items.map((hit) => ({
    id: hit.objectID,
    handle: hit.handle,
    title: (locale === "en" && hit.title_en) || hit.title,
    price: hit.price ?? null,
    starLevel: hit.star_level ?? null,
  }))
  return (
    <SuggestionBox
      query={text}
      suggestions={text.trim() ? suggestions : []}
      onQueryChange={(query) => {
        setText(query)
        refine(query)
      }}
      onSubmit={(query) => {
        const search = formatSearchUrl({ ...EMPTY_SEARCH, q: query.trim() })
        router.push(search ? `/search?${search}` : "/search")
      }}
      onPick={(suggestion) => router.push(`/products/${encodeURIComponent(suggestion.handle)}`)}
    />
  )
}
