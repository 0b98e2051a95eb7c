import type { SearchClient } from "instantsearch.js"
import { searchProducts } from "@/lib/data/search"
import { createProductSearchClient, SearchUnavailableError } from "./product-search"

/**
 * The browser's product search client: InstantSearch's queries go to the `searchProducts` server
 * action, never straight to the backend. With `placeholderSearch: false` an empty box asks nothing.
 */
export function createBrowserSearchClient(options: { placeholderSearch?: boolean } = {}): SearchClient {
  return createProductSearchClient(async (queries) => {
    const result = await searchProducts(queries)
    if (!result.ok) {
      throw new SearchUnavailableError("the shop could not search right now")
    }
    return result.data
  }, options)
}
