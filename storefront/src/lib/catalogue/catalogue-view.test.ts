// @vitest-environment node
import type { InitialResults } from "instantsearch.js"
import { describe, expect, it } from "vitest"
import { SEARCH_INDEX } from "@/lib/search/product-search"
import { applyPreset, EMPTY_SEARCH, toSearchParameters, type SearchPreset, type SearchUrlState } from "@/lib/search/search-url"
import { toCatalogueView } from "./catalogue-view"

const facets = {
  star_level: { "4": 7, "5": 3 },
  group_code: { beverages: 9, food: 1 },
  price_band: { "100k-200k": 9, "under-100k": 1 },
  area_code: { "bo-trach": 5 },
  showrooms: { "ocop-bo-trach": 5 },
  producer_type: { cooperative: 10 },
}
const hit = { objectID: "prod_1", id: "prod_1", handle: "nuoc-mam-chay-tuan-linh", title: "Nước mắm chay Tuấn Linh", price: 125000, star_level: 5 }

/**
 * The first results as the server's search hands them over: the main query, then one query per
 * picked facet (its counts without its own values picked), as the InstantSearch adapter answers.
 */
function resultsFor(state: SearchUrlState, preset: SearchPreset = {}, { nbHits = 10, nbPages = 1 } = {}): InitialResults {
  const parameters = toSearchParameters(applyPreset(state, preset))
  const picked = Object.keys(parameters.disjunctiveFacetsRefinements ?? {})
  const main = { hits: [hit], nbHits, nbPages, page: state.page - 1, hitsPerPage: 24, processingTimeMS: 1, query: state.q, params: "", exhaustiveNbHits: true, facets }
  const perFacet = picked.map((attribute) => ({ ...main, hits: [], facets: { [attribute]: facets[attribute as keyof typeof facets] } }))
  return { [SEARCH_INDEX]: { state: parameters, results: [main, ...perFacet] } }
}

describe("toCatalogueView", () => {
  it("offers every facet in the search page's order, each value a link to the catalogue with it picked", () => {
    const view = toCatalogueView(resultsFor(EMPTY_SEARCH), EMPTY_SEARCH, "/products")

    expect(view.facets.map((facet) => facet.attribute)).toEqual(["star_level", "group_code", "price_band", "area_code", "showrooms", "producer_type"])
    expect(view.facets[0]?.options).toEqual([
      { value: "5", count: 3, refined: false, href: "/products?stars=5" },
      { value: "4", count: 7, refined: false, href: "/products?stars=4" },
    ])
    // groups in the programme's order and price bands from the cheapest, not by count
    expect(view.facets[1]?.options.map((option) => option.value)).toEqual(["food", "beverages"])
    expect(view.facets[2]?.options.map((option) => option.value)).toEqual(["under-100k", "100k-200k"])
    expect(view.hits.map((found) => found.handle)).toEqual(["nuoc-mam-chay-tuan-linh"])
    expect(view.nbHits).toBe(10)
    expect(view.clearHref).toBeNull()
  })

  it("writes picked values in the order picked, back to page 1, and a picked value's link takes it off", () => {
    const state: SearchUrlState = { ...EMPTY_SEARCH, q: "nuoc mam", stars: ["5"], price: ["under-100k"], sort: "price_asc", page: 2 }
    const view = toCatalogueView(resultsFor(state, {}, { nbPages: 3 }), state, "/products")
    const stars = view.facets.find((facet) => facet.attribute === "star_level")?.options

    expect(stars?.find((option) => option.value === "5")).toMatchObject({ refined: true, href: "/products?q=nuoc+mam&price=under-100k&sort=price_asc" })
    expect(stars?.find((option) => option.value === "4")).toMatchObject({ refined: false, href: "/products?q=nuoc+mam&stars=5,4&price=under-100k&sort=price_asc" })
    // clearing keeps the words and the sort, as the search page's "clear filters" does
    expect(view.clearHref).toBe("/products?q=nuoc+mam&sort=price_asc")
    expect(view.queryless).toBe("stars=5&price=under-100k&sort=price_asc")
  })

  it("keeps a group page's own group out of its facets and out of every link", () => {
    const preset = { group: ["food"] }
    const state: SearchUrlState = { ...EMPTY_SEARCH, group: ["beverages"], stars: ["5"] }
    const view = toCatalogueView(resultsFor(state, preset), state, "/groups/food", preset)

    expect(view.facets.map((facet) => facet.attribute)).not.toContain("group_code")
    expect(view.facets[0]?.options.find((option) => option.value === "4")?.href).toBe("/groups/food?stars=5,4")
    expect(view.clearHref).toBe("/groups/food")
    expect(view.sort.options.find((option) => option.sort === "newest")?.href).toBe("/groups/food?stars=5&sort=newest")
  })

  it("links two pages either side of the current one, with the first page's link carrying no page number", () => {
    const state: SearchUrlState = { ...EMPTY_SEARCH, page: 3 }
    const view = toCatalogueView(resultsFor(state, {}, { nbHits: 200, nbPages: 9 }), state, "/products")

    expect(view.pages).toEqual([
      { page: 1, href: "/products", current: false },
      { page: 2, href: "/products?page=2", current: false },
      { page: 3, href: "/products?page=3", current: true },
      { page: 4, href: "/products?page=4", current: false },
      { page: 5, href: "/products?page=5", current: false },
    ])
    expect(view.previousHref).toBe("/products?page=2")
    expect(view.nextHref).toBe("/products?page=4")
  })

  it("offers no page links for one page of results, and sorts that start again at page 1", () => {
    const state: SearchUrlState = { ...EMPTY_SEARCH, sort: "stars" }
    const view = toCatalogueView(resultsFor(state), state, "/products")

    expect(view.pages).toEqual([])
    expect(view.previousHref).toBeNull()
    expect(view.nextHref).toBeNull()
    expect(view.sort.current).toBe("stars")
    expect(view.sort.options.map((option) => option.href)).toEqual(["/products", "/products?sort=price_asc", "/products?sort=price_desc", "/products?sort=stars", "/products?sort=newest"])
  })
})
