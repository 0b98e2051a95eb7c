import { isProducerTypeCode, isProductGroupCode } from "@ocop/domain"
import { MAX_SEARCH_QUERY_LENGTH, PRICE_RANGES, PRODUCT_SEARCH_SORTS, type ProductSearchSort } from "@ocop/types"
import type { PlainSearchParameters } from "algoliasearch-helper"
import type { IndexUiState } from "instantsearch.js"
import {
  FACET_VALUE_LIMIT,
  PRICE_BAND_ATTRIBUTE,
  REFINEMENT_ATTRIBUTES,
  SEARCH_HITS_PER_PAGE,
  SEARCH_INDEX,
  SEARCH_MAX_PAGE,
  sortFromIndexName,
  sortIndexName,
} from "./product-search"

/**
 * What a search page shows, as its URL spells it: `?q=nuoc+mam&stars=5,4&group=food&page=2`.
 * Lists hold facet values in the order the shopper picked them; `page` counts from 1.
 */
export type SearchUrlState = {
  q: string
  stars: string[]
  group: string[]
  area: string[]
  producer: string[]
  showroom: string[]
  price: string[]
  sort: ProductSearchSort
  page: number
}

/** A URL list parameter: a facet whose values the shopper picks (`stars`, `group`, …). */
export type ListParam = Exclude<keyof SearchUrlState, "q" | "sort" | "page">

/** Each list parameter of the URL and the index field it refines, in the order URLs write them. */
export const SEARCH_URL_FACETS = {
  stars: "star_level",
  group: "group_code",
  area: "area_code",
  producer: "producer_type",
  showroom: "showrooms",
  price: PRICE_BAND_ATTRIBUTE,
} as const satisfies Record<ListParam, string>

const LIST_PARAMS = Object.keys(SEARCH_URL_FACETS) as ListParam[]

// Handles and area codes are slugs; anything else in the URL is noise from a hand-edited link.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PRICE_KEYS = new Set<string>(PRICE_RANGES.map((range) => range.key))

const ACCEPTS: Record<ListParam, (value: string) => boolean> = {
  stars: (value) => ["3", "4", "5"].includes(value),
  group: isProductGroupCode,
  area: (value) => SLUG.test(value),
  producer: isProducerTypeCode,
  showroom: (value) => SLUG.test(value),
  price: (value) => PRICE_KEYS.has(value),
}

/** The search with nothing typed, picked or paged. */
export const EMPTY_SEARCH: SearchUrlState = {
  q: "",
  stars: [],
  group: [],
  area: [],
  producer: [],
  showroom: [],
  price: [],
  sort: "relevance",
  page: 1,
}

function isSort(value: string | null): value is ProductSearchSort {
  return value !== null && Object.hasOwn(PRODUCT_SEARCH_SORTS, value)
}

function readList(params: URLSearchParams, name: ListParam): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(ACCEPTS[name])
  return [...new Set(values)]
}

/**
 * Reads a search from URL parameters. Whatever a hand-edited link holds, the result is a search
 * the backend accepts: unknown values are dropped, the text is cut to the longest query allowed
 * and the page is kept between 1 and the deepest page the backend serves.
 */
export function parseSearchUrl(params: URLSearchParams): SearchUrlState {
  const page = Number.parseInt(params.get("page") ?? "", 10)
  const sort = params.get("sort")
  const state: SearchUrlState = {
    ...EMPTY_SEARCH,
    q: (params.get("q") ?? "").trim().slice(0, MAX_SEARCH_QUERY_LENGTH),
    sort: isSort(sort) ? sort : "relevance",
    page: Number.isInteger(page) ? Math.min(Math.max(page, 1), SEARCH_MAX_PAGE) : 1,
  }
  for (const name of LIST_PARAMS) {
    state[name] = readList(params, name)
  }
  return state
}

/** Next's `searchParams` of a page as URL parameters (a repeated parameter arrives as a list). */
export function toUrlSearchParams(record: Readonly<Record<string, string | string[] | undefined>>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(name, item)
    }
  }
  return params
}

/** Writes a search as URL parameters, leaving out what is at its default so links stay short. */
export function formatSearchUrl(state: SearchUrlState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  for (const name of LIST_PARAMS) {
    if (state[name].length > 0) params.set(name, state[name].join(","))
  }
  if (state.sort !== "relevance") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  // Commas are safe in a query string; leaving them readable keeps shared links readable.
  return params.toString().replaceAll("%2C", ",")
}

/** The InstantSearch UI state of the product index for a search read from the URL. */
export function toIndexUiState(state: SearchUrlState): IndexUiState {
  const refinementList: Record<string, string[]> = {}
  for (const name of LIST_PARAMS) {
    if (state[name].length > 0) refinementList[SEARCH_URL_FACETS[name]] = state[name]
  }
  return {
    ...(state.q ? { query: state.q } : {}),
    ...(Object.keys(refinementList).length > 0 ? { refinementList } : {}),
    ...(state.sort !== "relevance" ? { sortBy: sortIndexName(state.sort) } : {}),
    ...(state.page > 1 ? { page: state.page } : {}),
  }
}

/** The URL's view of the product index's InstantSearch UI state (the inverse of {@link toIndexUiState}). */
export function fromIndexUiState(ui: IndexUiState | undefined): SearchUrlState {
  const params = new URLSearchParams()
  if (ui?.query) params.set("q", ui.query)
  for (const name of LIST_PARAMS) {
    const values = ui?.refinementList?.[SEARCH_URL_FACETS[name]]
    if (values?.length) params.set(name, values.join(","))
  }
  if (ui?.sortBy) params.set("sort", sortFromIndexName(ui.sortBy))
  if (ui?.page) params.set("page", String(ui.page))
  return parseSearchUrl(params)
}

/**
 * Facet values a page fixes for every search it runs (a group page: `{ group: ["food"] }`). They
 * refine the search but never appear in its URL, and the shopper cannot take them off.
 */
export type SearchPreset = Partial<Record<ListParam, string[]>>

/** The search a page runs: the URL's, with the page's preset values in place of the URL's own. */
export function applyPreset(state: SearchUrlState, preset: SearchPreset = {}): SearchUrlState {
  return { ...state, ...preset }
}

/** Maps InstantSearch's UI state to readable URL parameters and back, for the product index. */
export const searchStateMapping = {
  stateToRoute: (uiState: Record<string, IndexUiState>): SearchUrlState => fromIndexUiState(uiState[SEARCH_INDEX]),
  routeToState: (route: SearchUrlState): Record<string, IndexUiState> => ({ [SEARCH_INDEX]: toIndexUiState(route) }),
}

/**
 * The search parameters the search page's widgets derive from this URL, so the server can run
 * the same first search InstantSearch would and hand it the results.
 */
export function toSearchParameters(state: SearchUrlState): PlainSearchParameters {
  const disjunctiveFacetsRefinements: Record<string, string[]> = {}
  for (const name of LIST_PARAMS) {
    if (state[name].length > 0) disjunctiveFacetsRefinements[SEARCH_URL_FACETS[name]] = state[name]
  }
  return {
    index: sortIndexName(state.sort),
    query: state.q,
    hitsPerPage: SEARCH_HITS_PER_PAGE,
    page: state.page - 1,
    maxValuesPerFacet: FACET_VALUE_LIMIT,
    disjunctiveFacets: [...REFINEMENT_ATTRIBUTES],
    disjunctiveFacetsRefinements,
  }
}
