"use server"

import type { SearchQuery, SearchResult } from "@medusajs/instantsearch-adapter"
import { MAX_SEARCH_QUERY_LENGTH, PRODUCT_SEARCH_INDEX, type ProductSearchHit } from "@ocop/types"
import algoliasearchHelper from "algoliasearch-helper"
import type { InitialResults } from "instantsearch.js"
import { createProductSearchClient, SEARCH_INDEX, SearchUnavailableError } from "@/lib/search/product-search"
import { toSearchParameters, type SearchUrlState } from "@/lib/search/search-url"
import { callBackend, type BackendResult } from "./backend-call"

type StoreSearchResponse = { results: SearchResult[] }

// One search asks for its hits plus one count per refined facet: six facets, so seven at most.
const MAX_QUERIES_PER_BATCH = 8

/**
 * Runs a batch of product queries, as the InstantSearch adapter builds them, through
 * `POST /store/search` with the shop's publishable key. The browser's search client calls this
 * server action, so it never holds a key nor reaches the backend itself.
 */
export async function searchProducts(queries: SearchQuery[]): Promise<BackendResult<SearchResult[]>> {
  if (queries.length === 0 || queries.length > MAX_QUERIES_PER_BATCH || queries.some((query) => query.entity !== PRODUCT_SEARCH_INDEX)) {
    throw new RangeError(`A search batch holds 1 to ${MAX_QUERIES_PER_BATCH} product queries; got ${queries.length}.`)
  }
  return callBackend("search products", async (sdk, signal) => {
    const { results } = await sdk.client.fetch<StoreSearchResponse>("/store/search", {
      method: "POST",
      body: { queries },
      signal,
    })
    if (results.length !== queries.length) {
      throw new Error(`the backend answered ${results.length} results for ${queries.length} queries`)
    }
    return results
  })
}

/**
 * The first page of a search, run on the server exactly as the search page's InstantSearch would
 * run it (the same queries through the same adapter), as the initial results it hydrates from.
 */
export async function retrieveSearchPage(state: SearchUrlState): Promise<BackendResult<InitialResults>> {
  const searchClient = createProductSearchClient(async (queries) => {
    const result = await searchProducts(queries)
    if (!result.ok) {
      throw new SearchUnavailableError("the backend could not search")
    }
    return result.data
  })
  const parameters = toSearchParameters(state)
  const helper = algoliasearchHelper(searchClient, parameters.index ?? SEARCH_INDEX, parameters)
  try {
    const { content } = await helper.searchOnce({})
    return { ok: true, data: { [SEARCH_INDEX]: { state: parameters, results: content._rawResults } } }
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      return { ok: false, reason: "unavailable" }
    }
    throw error
  }
}

/** What the header's search box shows of a product it suggests. */
export type ProductSuggestion = Pick<ProductSearchHit, "id" | "handle" | "title" | "title_en" | "price" | "star_level">

/** How many products the header's search box suggests. */
const SUGGESTION_COUNT = 5

/**
 * The few products the header's search box suggests for what the shopper typed so far: one query
 * through the same adapter as the search page, run here on the server, so pages other than
 * search carry no InstantSearch code to the browser.
 */
export async function suggestProducts(query: string): Promise<BackendResult<ProductSuggestion[]>> {
  const text = query.trim().slice(0, MAX_SEARCH_QUERY_LENGTH)
  if (!text) {
    return { ok: true, data: [] }
  }
  const searchClient = createProductSearchClient(async (queries) => {
    const result = await searchProducts(queries)
    if (!result.ok) {
      throw new SearchUnavailableError("the backend could not search")
    }
    return result.data
  })
  try {
    const { results } = await searchClient.search([{ indexName: SEARCH_INDEX, params: { query: text, hitsPerPage: SUGGESTION_COUNT } }])
    const [first] = results
    const hits = first && "hits" in first ? (first.hits as unknown as ProductSearchHit[]) : []
    // Only what the box shows travels to the browser.
    return { ok: true, data: hits.map(({ id, handle, title, title_en, price, star_level }) => ({ id, handle, title, title_en, price, star_level })) }
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      return { ok: false, reason: "unavailable" }
    }
    throw error
  }
}
