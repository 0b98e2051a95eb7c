"use client"

import { formatVnd } from "@ocop/domain/money"
import { MAX_SEARCH_QUERY_LENGTH } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useId, useState, type KeyboardEvent } from "react"

/** A product offered while the shopper types. */
export type Suggestion = {
  id: string
  handle: string
  title: string
  price: number | null
  starLevel: number | null
}

type Props = {
  query: string
  suggestions: Suggestion[]
  onQueryChange: (query: string) => void
  /** Enter (or the search button) with no suggestion chosen: search for the text. */
  onSubmit: (query: string) => void
  /** Enter on, or a click of, a suggestion: open that product. */
  onPick: (suggestion: Suggestion) => void
}

/**
 * A search box with suggestions, as a WAI-ARIA combobox: arrow keys move through the
 * suggestions, Enter opens the chosen one (or searches for the text), Escape closes the list.
 */
export function SuggestionBox({ query, suggestions, onQueryChange, onSubmit, onPick }: Props) {
  const t = useTranslations("HeaderSearch")
  const id = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const shown = open && query.trim() !== "" && suggestions.length > 0
  const activeIndex = shown && active < suggestions.length ? active : -1

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      setOpen(true)
      if (count === 0) return
      const step = event.key === "ArrowDown" ? 1 : -1
      // From no choice, down goes to the first suggestion and up to the last.
      setActive(activeIndex === -1 ? (step === 1 ? 0 : count - 1) : (activeIndex + step + count) % count)
    } else if (event.key === "Escape") {
      if (shown) event.preventDefault()
      close()
    } else if (event.key === "Enter") {
      event.preventDefault()
      const chosen = activeIndex >= 0 ? suggestions[activeIndex] : undefined
      close()
      if (chosen) onPick(chosen)
      else onSubmit(query)
    }
  }

  return (
    <form
      role="search"
      className="relative w-full"
      onSubmit={(event) => {
        event.preventDefault()
        close()
        onSubmit(query)
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close()
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex items-center rounded-full border border-stone-300 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-100">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_SEARCH_QUERY_LENGTH}
          aria-expanded={shown}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
          placeholder={t("placeholder")}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 rounded-full bg-transparent px-4 py-2 text-sm outline-none [&::-webkit-search-cancel-button]:hidden"
        />
        <button type="submit" className="shrink-0 rounded-full px-3 py-2 text-brand-700 hover:text-brand-900" aria-label={t("submit")}>
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-5" aria-hidden="true">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!shown}
        className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-xl border border-stone-200 bg-white py-1 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            // Keeps the focus in the box, so the list is still open when the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              close()
              onPick(suggestion)
            }}
            className={`flex cursor-pointer items-center justify-between gap-3 px-4 py-2 text-sm ${
              index === activeIndex ? "bg-brand-50 text-brand-900" : "text-stone-800 hover:bg-stone-50"
            }`}
          >
            <span className="line-clamp-1">{suggestion.title}</span>
            <span className="flex shrink-0 items-center gap-2 text-xs text-stone-500">
              {suggestion.starLevel ? <span aria-hidden="true" className="text-amber-600">{"★".repeat(suggestion.starLevel)}</span> : null}
              {suggestion.price !== null ? <span className="whitespace-nowrap">{formatVnd(suggestion.price)}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {open && query.trim() ? t("suggestionCount", { count: suggestions.length }) : ""}
      </p>
    </form>
  )
}
