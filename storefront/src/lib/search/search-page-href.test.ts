// @vitest-environment node
import { describe, expect, it } from "vitest"
import { searchPageHref } from "./search-page-href"
import { EMPTY_SEARCH, formatSearchUrl, parseSearchUrl } from "./search-url"

describe("searchPageHref", () => {
  it.each(["nuoc mam", "  Nước mắm Bảo Ninh ", "mè & lạc?", "a".repeat(250)])("links to what the search page reads back as the text %#", (text) => {
    const href = searchPageHref(text)
    const expected = formatSearchUrl({ ...EMPTY_SEARCH, q: text.trim().slice(0, 200) })
    expect(href).toBe(`/search?${expected}`)
    expect(parseSearchUrl(new URL(href, "http://shop").searchParams)).toEqual({ ...EMPTY_SEARCH, q: text.trim().slice(0, 200) })
  })

  it("opens the search page without a query for an empty box", () => {
    expect(searchPageHref("   ")).toBe("/search")
  })
})
