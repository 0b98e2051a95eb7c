// @vitest-environment node
import { describe, expect, it } from "vitest"
import {
  EMPTY_SEARCH,
  formatSearchUrl,
  fromIndexUiState,
  parseSearchUrl,
  applyPreset,
  searchStateMapping,
  toIndexUiState,
  toSearchParameters,
  toUrlSearchParams,
  type SearchUrlState,
} from "./search-url"

const parse = (query: string) => parseSearchUrl(new URLSearchParams(query))

const BUSY: SearchUrlState = {
  q: "nuoc mam",
  stars: ["5", "4"],
  group: ["food"],
  area: ["bo-trach"],
  producer: ["cooperative"],
  showroom: ["trung-tam-ocop-quang-binh"],
  price: ["100k-200k"],
  sort: "price_asc",
  page: 2,
}

describe("search URLs", () => {
  it("read a shared link into a search", () => {
    expect(parse("q=nuoc+mam&stars=5,4&group=food&page=2")).toEqual({ ...EMPTY_SEARCH, q: "nuoc mam", stars: ["5", "4"], group: ["food"], page: 2 })
  })

  it("write readable parameters, leaving defaults out", () => {
    expect(formatSearchUrl(BUSY)).toBe(
      "q=nuoc+mam&stars=5,4&group=food&area=bo-trach&producer=cooperative&showroom=trung-tam-ocop-quang-binh&price=100k-200k&sort=price_asc&page=2",
    )
    expect(formatSearchUrl(EMPTY_SEARCH)).toBe("")
  })

  it("read back exactly what they wrote", () => {
    expect(parse(formatSearchUrl(BUSY))).toEqual(BUSY)
  })

  it("drop what a hand-edited link got wrong instead of failing", () => {
    expect(parse("stars=6,2,5,5&group=pets&producer=bank&price=free&area=Bố Trạch&sort=cheapest&page=-3")).toEqual({ ...EMPTY_SEARCH, stars: ["5"] })
    expect(parse("page=abc").page).toBe(1)
    expect(parse("page=99999").page).toBe(416)
  })

  it("cut the text to the longest query the backend accepts", () => {
    expect(parse(`q=${"a".repeat(250)}`).q).toHaveLength(200)
  })

  it("accept Next's searchParams, repeated parameters included", () => {
    expect(parseSearchUrl(toUrlSearchParams({ q: "mat ong", stars: ["5", "4"], page: undefined }))).toEqual({ ...EMPTY_SEARCH, q: "mat ong", stars: ["5", "4"] })
  })
})

describe("URL ↔ InstantSearch state", () => {
  it("maps each URL parameter to the widget state that refines the same field", () => {
    expect(toIndexUiState(BUSY)).toEqual({
      query: "nuoc mam",
      refinementList: {
        star_level: ["5", "4"],
        group_code: ["food"],
        area_code: ["bo-trach"],
        producer_type: ["cooperative"],
        showrooms: ["trung-tam-ocop-quang-binh"],
        price_band: ["100k-200k"],
      },
      sortBy: "product/sort/price:ASC,id:ASC",
      page: 2,
    })
    expect(toIndexUiState(EMPTY_SEARCH)).toEqual({})
  })

  it("turns InstantSearch's state back into the same URL", () => {
    expect(fromIndexUiState(toIndexUiState(BUSY))).toEqual(BUSY)
    expect(searchStateMapping.stateToRoute(searchStateMapping.routeToState(BUSY))).toEqual(BUSY)
  })

  it("ignores widget state the URL does not keep (configure) and unknown sort indexes", () => {
    expect(fromIndexUiState({ configure: { hitsPerPage: 24 }, sortBy: "product/sort/cost:ASC" })).toEqual(EMPTY_SEARCH)
    expect(fromIndexUiState(undefined)).toEqual(EMPTY_SEARCH)
  })

  it("gives the server the search parameters the widgets will use", () => {
    expect(toSearchParameters({ ...EMPTY_SEARCH, q: "dua go", stars: ["4"], page: 3, sort: "newest" })).toEqual({
      index: "product/sort/created_at:DESC,id:ASC",
      query: "dua go",
      hitsPerPage: 24,
      page: 2,
      maxValuesPerFacet: 20,
      disjunctiveFacets: ["star_level", "group_code", "area_code", "producer_type", "showrooms", "price_band"],
      disjunctiveFacetsRefinements: { star_level: ["4"] },
    })
  })
})

describe("a page's preset (a group page)", () => {
  it("refines the page's search by the preset, whatever the URL asks for", () => {
    expect(applyPreset({ ...EMPTY_SEARCH, group: ["beverages"], q: "mat ong" }, { group: ["food"] })).toEqual({ ...EMPTY_SEARCH, group: ["food"], q: "mat ong" })
  })
})
