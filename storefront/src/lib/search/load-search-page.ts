import "server-only"
import type { InitialResults } from "instantsearch.js"
import type { Locale } from "@/i18n/routing"
import { listAreas } from "@/lib/data/areas"
import type { BackendResult } from "@/lib/data/backend-call"
import { retrieveSearchPage } from "@/lib/data/search"
import { listShowrooms } from "@/lib/data/showrooms"
import type { FacetNames } from "@/modules/search/components/search-filters/search-filters"
import { applyPreset, formatSearchUrl, parseSearchUrl, toUrlSearchParams, type SearchPreset } from "./search-url"

/** What a page built on product search (search, catalogue, group) hands its template. */
export type SearchPageData = {
  /** The URL's search, written back: a new one starts InstantSearch afresh from its server results. */
  key: string
  results: BackendResult<InitialResults>
  location: { pathname: string; search: string }
  names: FacetNames
}

/**
 * Runs the URL's search on the server for a page at `path` (with the page's preset applied), and
 * reads the names its facets show.
 */
export async function loadSearchPage(
  locale: Locale,
  path: string,
  searchParams: Record<string, string | string[] | undefined>,
  preset?: SearchPreset,
): Promise<SearchPageData> {
  const state = parseSearchUrl(toUrlSearchParams(searchParams))
  const search = formatSearchUrl(applyPreset(state, Object.fromEntries(Object.keys(preset ?? {}).map((name) => [name, []]))))
  const [results, areas, showrooms] = await Promise.all([retrieveSearchPage(applyPreset(state, preset)), listAreas(), listShowrooms()])
  // Facet names are a nicety: without them a facet shows its codes, and the search still works.
  const names = {
    areas: Object.fromEntries((areas.ok ? areas.data : []).map((area) => [area.code, area.name])),
    showrooms: Object.fromEntries((showrooms.ok ? showrooms.data : []).map((showroom) => [showroom.handle, showroom.name])),
  }
  return { key: search, results, location: { pathname: `/${locale}${path}`, search: search ? `?${search}` : "" }, names }
}
