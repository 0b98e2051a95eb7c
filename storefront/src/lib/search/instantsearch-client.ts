import type { SearchClient as AdapterSearchClient } from "@medusajs/instantsearch-adapter"
import type { SearchClient, SearchResponses } from "instantsearch.js"

/** InstantSearch's parameters as the query string the adapter parses (lists and objects as JSON). */
function toParamString(params: object | undefined): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined) search.set(key, typeof value === "string" ? value : JSON.stringify(value))
  }
  return search.toString()
}

/**
 * The adapter's client as InstantSearch and its helper type a search client. The adapter answers
 * in Algolia's response shape (hits with `objectID`, `nbHits`, `page`, `facets`…) but declares
 * that shape itself, since it depends on no Algolia package; this is the one place the two
 * declarations meet, and `product-search.test.ts` checks the shape InstantSearch reads.
 */
export function toInstantSearchClient(client: AdapterSearchClient): SearchClient {
  return {
    search: <T>(requests: Parameters<SearchClient["search"]>[0]) =>
      client.search(requests.map(({ indexName, params }) => ({ indexName, params: toParamString(params) }))) as Promise<SearchResponses<T>>,
  }
}
