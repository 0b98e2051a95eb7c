import type { ProductSearchHit, ProductSearchSort } from "@ocop/types"
import algoliasearchHelper from "algoliasearch-helper"
import type { InitialResults } from "instantsearch.js"
import { GROUP_ORDER, PRICE_ORDER } from "@/lib/search/facet-order"
import { FACET_VALUE_LIMIT, SEARCH_INDEX, SEARCH_MAX_PAGE, SEARCH_SORTS } from "@/lib/search/product-search"
import { formatSearchUrl, SEARCH_URL_FACETS, type ListParam, type SearchPreset, type SearchUrlState } from "@/lib/search/search-url"

/** One value of a facet: how many products have it, whether the URL picks it, and the link that toggles it. */
export type CatalogueFacetOption = { value: string; count: number; refined: boolean; href: string }

/** A facet the catalogue offers, with the index field it refines. */
export type CatalogueFacet = { attribute: (typeof SEARCH_URL_FACETS)[ListParam]; options: CatalogueFacetOption[] }

/** A page link under the results; `page` counts from 1. */
export type CataloguePageLink = { page: number; href: string; current: boolean }

/**
 * What a catalogue page shows for one URL, rendered on the server: every facet value, sort and
 * page is a link to the URL InstantSearch would have written for it, so links stay the same.
 */
export type CatalogueView = {
  query: string
  hits: ProductSearchHit[]
  nbHits: number
  facets: CatalogueFacet[]
  sort: { current: ProductSearchSort; options: Array<{ sort: (typeof SEARCH_SORTS)[number]; href: string }> }
  pages: CataloguePageLink[]
  previousHref: string | null
  nextHref: string | null
  /** The URL without any picked facet value (words and sort kept), or null when none is picked. */
  clearHref: string | null
  /** The URL's other parameters, for a new query typed on this page (a new query starts at page 1). */
  queryless: string
}

type SortBy = string[] | ((a: { name: string }, b: { name: string }) => number)

// The order the search page's filters list their facets in, each with the order of its values.
const FACETS: Array<[ListParam, SortBy]> = [
  ["stars", ["name:desc"]],
  ["group", GROUP_ORDER],
  ["price", PRICE_ORDER],
  ["area", ["count:desc", "name:asc"]],
  ["showroom", ["count:desc", "name:asc"]],
  ["producer", ["count:desc", "name:asc"]],
]

// Page links either side of the current one, as the search page's pagination shows them.
const PAGE_PADDING = 2

/**
 * The catalogue page at `path` (without its locale) for the URL's search `state`, from the first
 * results the server ran (with the page's `preset` applied). Preset facets are neither offered
 * nor written into any link.
 */
export function toCatalogueView(initialResults: InitialResults, state: SearchUrlState, path: string, preset: SearchPreset = {}): CatalogueView {
  const initial = initialResults[SEARCH_INDEX]
  const results = initial ? new algoliasearchHelper.SearchResults<ProductSearchHit>(new algoliasearchHelper.SearchParameters(initial.state), initial.results ?? []) : null
  const own: SearchUrlState = { ...state, ...Object.fromEntries(Object.keys(preset).map((name) => [name, []])) }
  const href = (next: SearchUrlState) => {
    const search = formatSearchUrl(next)
    return search ? `${path}?${search}` : path
  }
  const facets = FACETS.filter(([param]) => !preset[param]?.length).map(([param, sortBy]): CatalogueFacet => {
    const attribute = SEARCH_URL_FACETS[param]
    const values = results?.getFacetValues(attribute, { sortBy })
    const list = Array.isArray(values) ? values.slice(0, FACET_VALUE_LIMIT) : []
    return {
      attribute,
      options: list.map(({ name, count }) => {
        const refined = own[param].includes(name)
        const picked = refined ? own[param].filter((value) => value !== name) : [...own[param], name]
        return { value: name, count, refined, href: href({ ...own, [param]: picked, page: 1 }) }
      }),
    }
  })
  const nbPages = Math.min(results?.nbPages ?? 0, SEARCH_MAX_PAGE)
  const current = own.page
  const first = Math.max(1, Math.min(current - PAGE_PADDING, nbPages - 2 * PAGE_PADDING))
  const last = Math.min(nbPages, first + 2 * PAGE_PADDING)
  const pages = nbPages > 1 ? Array.from({ length: last - first + 1 }, (_, index) => first + index) : []
  const unpicked = Object.fromEntries(FACETS.map(([param]) => [param, []]))
  const picksAny = FACETS.some(([param]) => own[param].length > 0)
  return {
    query: own.q,
    hits: results?.hits ?? [],
    nbHits: results?.nbHits ?? 0,
    facets: facets.filter((facet) => facet.options.length > 0),
    sort: { current: own.sort, options: SEARCH_SORTS.map((sort) => ({ sort, href: href({ ...own, sort, page: 1 }) })) },
    pages: pages.map((page) => ({ page, href: href({ ...own, page }), current: page === current })),
    previousHref: nbPages > 1 && current > 1 ? href({ ...own, page: current - 1 }) : null,
    nextHref: current < nbPages ? href({ ...own, page: current + 1 }) : null,
    clearHref: picksAny ? href({ ...own, ...unpicked, page: 1 }) : null,
    queryless: formatSearchUrl({ ...own, q: "", page: 1 }),
  }
}
