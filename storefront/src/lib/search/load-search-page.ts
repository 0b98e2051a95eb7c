import "server-only"
import type { InitialResults } from "instantsearch.js"
import type { Locale } from "@/i18n/routing"
import type { BackendResult } from "@/lib/data/backend-call"
import { retrieveSearchPage } from "@/lib/data/search"
import type { FacetNames } from "@/modules/search/components/search-filters/use-facet-label"
import { listFacetNames } from "./list-facet-names"
import { formatSearchUrl, parseSearchUrl, toUrlSearchParams } from "./search-url"

/** What the search page hands its template. */
export type SearchPageData = {
  /** The URL's search, written back: a new one starts InstantSearch afresh from its server results. */
  key: string
  results: BackendResult<InitialResults>
  location: { pathname: string; search: string }
  names: FacetNames
}

/** Runs the URL's search on the server for a page at `path`, and reads the names its facets show. */
export async function loadSearchPage(
  locale: Locale,
  path: string,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<SearchPageData> {
  const state = parseSearchUrl(toUrlSearchParams(searchParams))
  const search = formatSearchUrl(state)
  const [results, names] = await Promise.all([retrieveSearchPage(state), listFacetNames()])
  return { key: search, results, location: { pathname: `/${locale}${path}`, search: search ? `?${search}` : "" }, names }
}
