"use client"

import { useLocale } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { useRouter } from "@/i18n/navigation"
import { suggestProducts, type ProductSuggestion } from "@/lib/data/search"
import { searchPageHref } from "@/lib/search/search-page-href"
import { SuggestionBox, type Suggestion } from "../suggestion-box/suggestion-box"

/** How long typing pauses before suggestions are asked for. */
const SUGGEST_DELAY_MS = 150

/**
 * The header's search box: suggestions as the shopper types (asked of the `suggestProducts`
 * server action, so every page stays free of InstantSearch), Enter opens the search page.
 */
export function HeaderSearch() {
  const router = useRouter()
  const locale = useLocale()
  const [text, setText] = useState("")
  const [hits, setHits] = useState<ProductSuggestion[]>([])
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Answers can arrive out of order: only the one for the latest text is shown.
  const latest = useRef(0)
  useEffect(() => () => clearTimeout(timer.current), [])

  const ask = (query: string) => {
    clearTimeout(timer.current)
    const ticket = ++latest.current
    if (!query.trim()) {
      setHits([])
      return
    }
    timer.current = setTimeout(() => {
      suggestProducts(query).then(
        (result) => {
          if (ticket === latest.current) setHits(result.ok ? result.data : [])
        },
        () => {
          // No suggestions is the box's quiet failure; Enter still opens the search page.
          if (ticket === latest.current) setHits([])
        },
      )
    }, SUGGEST_DELAY_MS)
  }

  const suggestions: Suggestion[] = hits.map((hit) => ({
    id: hit.id,
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
        ask(query)
      }}
      onSubmit={(query) => router.push(searchPageHref(query))}
      onPick={(suggestion) => router.push(`/products/${encodeURIComponent(suggestion.handle)}`)}
    />
  )
}
