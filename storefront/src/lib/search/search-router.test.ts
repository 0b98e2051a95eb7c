import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createSearchRouter } from "./search-router"
import { EMPTY_SEARCH } from "./search-url"

beforeEach(() => {
  vi.useFakeTimers()
  window.history.replaceState(null, "", "/vi/search?q=nuoc+mam")
})

afterEach(() => {
  vi.useRealTimers()
})

describe("the search router", () => {
  it("reads the search from the page's URL", () => {
    expect(createSearchRouter({ pathname: "/", search: "" }).read()).toEqual({ ...EMPTY_SEARCH, q: "nuoc mam" })
  })

  it("writes one readable history entry once typing pauses", () => {
    const router = createSearchRouter({ pathname: "/", search: "" })
    const before = window.history.length
    router.write({ ...EMPTY_SEARCH, q: "nuoc mam", stars: ["5"] })
    router.write({ ...EMPTY_SEARCH, q: "nuoc mam", stars: ["5", "4"] })
    expect(window.location.search).toBe("?q=nuoc+mam")
    vi.advanceTimersByTime(400)
    expect(`${window.location.pathname}${window.location.search}`).toBe("/vi/search?q=nuoc+mam&stars=5,4")
    expect(window.history.length).toBe(before + 1)
  })

  it("adds no entry when the search is already the page's", () => {
    const router = createSearchRouter({ pathname: "/", search: "" })
    const before = window.history.length
    router.write({ ...EMPTY_SEARCH, q: "nuoc mam" })
    vi.advanceTimersByTime(400)
    expect(window.history.length).toBe(before)
  })

  it("hands the recorded search back when the shopper goes back, and drops a pending write", () => {
    const router = createSearchRouter({ pathname: "/", search: "" })
    const seen: unknown[] = []
    router.onUpdate((state) => seen.push(state))
    router.write({ ...EMPTY_SEARCH, q: "mat ong" })
    window.history.replaceState(null, "", "/vi/search?stars=4")
    window.dispatchEvent(new PopStateEvent("popstate"))
    vi.advanceTimersByTime(400)
    expect(seen).toEqual([{ ...EMPTY_SEARCH, stars: ["4"] }])
    expect(window.location.search).toBe("?stars=4")
    router.dispose()
    window.dispatchEvent(new PopStateEvent("popstate"))
    expect(seen).toHaveLength(1)
  })

  it("makes links on the page's own path", () => {
    const router = createSearchRouter({ pathname: "/", search: "" })
    expect(router.createURL({ ...EMPTY_SEARCH, page: 3 })).toBe("/vi/search?page=3")
    expect(router.createURL(EMPTY_SEARCH)).toBe("/vi/search")
  })
})
