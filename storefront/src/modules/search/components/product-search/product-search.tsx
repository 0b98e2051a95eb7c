"use client"

import type { InitialResults } from "instantsearch.js"
import { useTranslations } from "next-intl"
import { useState } from "react"
import { Configure, InstantSearch, InstantSearchSSRProvider } from "react-instantsearch"
import { createBrowserSearchClient } from "@/lib/search/browser-search-client"
import { SEARCH_HITS_PER_PAGE, SEARCH_INDEX } from "@/lib/search/product-search"
import { createSearchRouter } from "@/lib/search/search-router"
import { searchStateMapping } from "@/lib/search/search-url"
import { SearchFilters, type FacetNames } from "../search-filters/search-filters"
import { SearchPagination } from "../search-pagination/search-pagination"
import { SearchQueryBox } from "../search-query-box/search-query-box"
import { SearchResultCount } from "../search-result-count/search-result-count"
import { SearchResults } from "../search-results/search-results"
import { SortSelect } from "../sort-select/sort-select"

type Props = {
  /** The first page, searched on the server: the page arrives with its results. */
  initialResults: InitialResults
  /** The request's path and query, read where `window` does not exist (the server render). */
  location: { pathname: string; search: string }
  names: FacetNames
}

/** Instant product search kept in the URL: box, facets, sort, results and pages. */
export function ProductSearch({ initialResults, location, names }: Props) {
  const t = useTranslations("Search")
  const [searchClient] = useState(() => createBrowserSearchClient())
  const [routing] = useState(() => ({ router: createSearchRouter(location), stateMapping: searchStateMapping }))
  return (
    <InstantSearchSSRProvider initialResults={initialResults}>
      <InstantSearch searchClient={searchClient} indexName={SEARCH_INDEX} routing={routing} future={{ preserveSharedStateOnUnmount: true }}>
        <Configure hitsPerPage={SEARCH_HITS_PER_PAGE} />
        <div className="py-6 sm:py-8">
          <h1 className="mb-4 text-2xl font-bold tracking-tight text-brand-900">{t("title")}</h1>
          <SearchQueryBox />
        </div>
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <aside>
            <SearchFilters names={names} />
          </aside>
          <section aria-labelledby="search-results-heading">
            {/* the cards' titles are h3: the page's outline needs this level between them and the h1 */}
            <h2 id="search-results-heading" className="sr-only">{t("results")}</h2>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <SearchResultCount />
              <SortSelect />
            </div>
            <SearchResults />
            <SearchPagination />
          </section>
        </div>
      </InstantSearch>
    </InstantSearchSSRProvider>
  )
}
