import type { Router } from "instantsearch.js"
import { formatSearchUrl, parseSearchUrl, type SearchUrlState } from "./search-url"

/** Where the page is: the browser's location, or the request's on the server. */
type PageLocation = { pathname: string; search: string }

/** How long typing may pause before the URL follows, so one word is one history entry. */
export const URL_WRITE_DELAY_MS = 400

/**
 * Keeps the search in the page's URL: every change becomes a history entry with readable
 * parameters (shareable), and the back and forward buttons bring the search they recorded back.
 * On the server it reads the request's URL, so the first render matches the browser's.
 */
export function createSearchRouter(serverLocation: PageLocation, writeDelayMs = URL_WRITE_DELAY_MS): Router<SearchUrlState> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let onPopState: (() => void) | undefined
  const location = (): PageLocation => (typeof window === "undefined" ? serverLocation : window.location)
  const read = () => parseSearchUrl(new URLSearchParams(location().search))
  const createURL = (state: SearchUrlState) => {
    const query = formatSearchUrl(state)
    return query ? `${location().pathname}?${query}` : location().pathname
  }
  return {
    read,
    createURL,
    write(state) {
      if (typeof window === "undefined") return
      clearTimeout(timer)
      timer = setTimeout(() => {
        const url = createURL(state)
        // Next's router patches pushState, so its own state follows (useSearchParams, back button).
        if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, "", url)
      }, writeDelayMs)
    },
    onUpdate(callback) {
      if (typeof window === "undefined") return
      onPopState = () => {
        // A pending write belongs to the page the shopper just left.
        clearTimeout(timer)
        callback(read())
      }
      window.addEventListener("popstate", onPopState)
    },
    dispose() {
      clearTimeout(timer)
      if (onPopState) window.removeEventListener("popstate", onPopState)
    },
  }
}
