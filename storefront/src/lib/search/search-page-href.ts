import { MAX_SEARCH_QUERY_LENGTH } from "@ocop/types"

/**
 * The search page's address for a text typed in the header, with nothing else refined: the
 * shape `formatSearchUrl` gives, without importing the search page's InstantSearch mapping into
 * every page's bundle (search-page-href.test.ts checks the two agree).
 */
export function searchPageHref(text: string): string {
  const q = text.trim().slice(0, MAX_SEARCH_QUERY_LENGTH)
  return q ? `/search?${new URLSearchParams({ q }).toString()}` : "/search"
}
