import {
  createInstantSearchAdapter,
  type InstantSearchSearchResponse,
  type SearchFilters,
  type SearchQuery,
  type SearchRequester,
} from "@medusajs/instantsearch-adapter"
import { PRICE_RANGES, PRODUCT_SEARCH_INDEX, PRODUCT_SEARCH_SORTS, type ProductSearchSort } from "@ocop/types"
import type { SearchClient as InstantSearchClient } from "instantsearch.js"
import { toInstantSearchClient } from "./instantsearch-client"

/** The InstantSearch index name of products; sorted variants append `/sort/…`. */
export const SEARCH_INDEX = PRODUCT_SEARCH_INDEX

/** Products on one page of results. */
export const SEARCH_HITS_PER_PAGE = 24

/** The deepest page a link may ask for: the backend refuses to skip more than 10,000 results. */
export const SEARCH_MAX_PAGE = Math.floor(10_000 / SEARCH_HITS_PER_PAGE)

/** How many values a facet lists. */
export const FACET_VALUE_LIMIT = 20

/**
 * A facet the index does not hold: InstantSearch refines it like any list, and
 * {@link toBackendQuery} turns it into the price ranges the backend counts and filters.
 */
export const PRICE_BAND_ATTRIBUTE = "price_band"

/** The facets a shopper refines, each a list whose values combine with OR. */
export const REFINEMENT_ATTRIBUTES = ["star_level", "group_code", "area_code", "producer_type", "showrooms", PRICE_BAND_ATTRIBUTE] as const

/** The document fields a result card needs; descriptions stay on the server. */
export const SEARCH_HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "producer_name",
  "origin_commune",
  "origin_legacy_district",
  "origin_province",
  "star_level",
  "price",
]

/** The backend could not answer a search: the page shows the shop-unavailable notice. */
export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError"
}

/** The sorts offered to shoppers, in the order the sort menu lists them. */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const satisfies readonly ProductSearchSort[]

/** The InstantSearch index name of a sort: `product` for relevance, else `product/sort/price:ASC,id:ASC`. */
export function sortIndexName(sort: ProductSearchSort): string {
  if (sort === "relevance") {
    return SEARCH_INDEX
  }
  const order = Object.entries(PRODUCT_SEARCH_SORTS[sort]).map(([field, direction]) => `${field}:${direction}`)
  return `${SEARCH_INDEX}/sort/${order.join(",")}`
}

/** The sort an InstantSearch index name stands for; relevance for any name it does not know. */
export function sortFromIndexName(indexName: string): ProductSearchSort {
  const sorts = Object.keys(PRODUCT_SEARCH_SORTS) as ProductSearchSort[]
  return sorts.find((sort) => sortIndexName(sort) === indexName) ?? "relevance"
}

function priceBandFilter(key: unknown): SearchFilters | undefined {
  const range = PRICE_RANGES.find((candidate) => candidate.key === key)
  if (!range) {
    return undefined
  }
  return { price: { ...("from" in range ? { $gte: range.from } : {}), ...("to" in range ? { $lt: range.to } : {}) } }
}

function priceBandsFilter(condition: SearchFilters[string]): SearchFilters {
  const keys: unknown[] = isFilterTree(condition) ? (Array.isArray(condition.$in) ? condition.$in : [condition.$eq]) : [condition]
  const ranges: SearchFilters[] = []
  for (const key of keys) {
    const range = priceBandFilter(key)
    if (range) ranges.push(range)
  }
  // A band no one offers matches nothing rather than everything.
  if (ranges.length === 0) return { price: { $lt: 0 } }
  return ranges.length === 1 ? ranges[0]! : { $or: ranges }
}

function isFilterTree(value: unknown): value is SearchFilters {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Replaces every `price_band` condition of a filter tree with the price range it names. */
function rewriteFilters(filters: SearchFilters): SearchFilters {
  const branches = (value: SearchFilters[string]): SearchFilters[] =>
    (Array.isArray(value) ? value : [value]).flatMap((branch) => (isFilterTree(branch) ? [rewriteFilters(branch)] : []))
  const rewritten: SearchFilters = {}
  let band: SearchFilters | undefined
  for (const [key, value] of Object.entries(filters)) {
    if (key === PRICE_BAND_ATTRIBUTE) {
      band = priceBandsFilter(value)
    } else if (key === "$and" || key === "$or") {
      rewritten[key] = branches(value)
    } else if (key === "$not" && isFilterTree(value)) {
      rewritten.$not = rewriteFilters(value)
    } else {
      rewritten[key] = value
    }
  }
  if (!band) {
    return rewritten
  }
  const { q, ...rest } = rewritten
  const combined = Object.keys(rest).length === 0 ? band : { $and: [rest, band] }
  return q === undefined ? combined : { ...combined, q }
}

/**
 * Turns the query the adapter made from InstantSearch into one the backend answers: price bands
 * become price ranges (counted as a range facet, filtered as `$gte`/`$lt`).
 */
export function toBackendQuery(query: SearchQuery): SearchQuery {
  const facets = query.search_options?.facets?.map((facet) =>
    (typeof facet === "string" ? facet : facet.field) === PRICE_BAND_ATTRIBUTE
      ? { field: "price", type: "range" as const, ranges: PRICE_RANGES.map((range) => ({ ...range })) }
      : facet,
  )
  return {
    ...query,
    ...(query.filters ? { filters: rewriteFilters(query.filters) } : {}),
    ...(query.search_options ? { search_options: { ...query.search_options, ...(facets ? { facets } : {}) } } : {}),
  }
}

/** Names the price range counts as the price band facet InstantSearch asked for, without empty bands. */
export function fromBackendResponse(response: InstantSearchSearchResponse): InstantSearchSearchResponse {
  const { price, ...facets } = response.facets ?? {}
  if (!price) {
    return response
  }
  const bands = Object.fromEntries(Object.entries(price).filter(([, count]) => count > 0))
  return { ...response, facets: { ...facets, [PRICE_BAND_ATTRIBUTE]: bands } }
}

/**
 * The InstantSearch client of the product index over `requester`: prefix matching on the last
 * word while typing, typo tolerance, and only the fields a card shows.
 */
export function createProductSearchClient(requester: SearchRequester, { placeholderSearch = true } = {}): InstantSearchClient {
  const { searchClient } = createInstantSearchAdapter({
    requester,
    placeholderSearch,
    indexSpecificSearchParameters: {
      [SEARCH_INDEX]: { fields: SEARCH_HIT_FIELDS, search_options: { match_strategy: "last", typo_tolerance: true } },
    },
    transformQuery: toBackendQuery,
    transformResponse: fromBackendResponse,
  })
  return toInstantSearchClient(searchClient)
}
