// @vitest-environment node
import type { InstantSearchSearchResponse, SearchQuery, SearchResult } from "@medusajs/instantsearch-adapter"
import { describe, expect, it } from "vitest"
import { createProductSearchClient, fromBackendResponse, sortFromIndexName, sortIndexName, toBackendQuery } from "./product-search"

describe("price bands", () => {
  it("ask the backend to count price ranges instead of a price_band facet", () => {
    const query = toBackendQuery({ entity: "product", search_options: { facets: [{ field: "star_level", type: "value" }, { field: "price_band", type: "value", limit: 20 }] } })
    expect(query.search_options?.facets).toEqual([
      { field: "star_level", type: "value" },
      {
        field: "price",
        type: "range",
        ranges: [
          { key: "under-100k", to: 100000 },
          { key: "100k-200k", from: 100000, to: 200000 },
          { key: "200k-500k", from: 200000, to: 500000 },
          { key: "500k-plus", from: 500000 },
        ],
      },
    ])
  })

  it("filter one band as a price range, keeping the text", () => {
    expect(toBackendQuery({ entity: "product", filters: { q: "mat ong", price_band: { $eq: "100k-200k" } } }).filters).toEqual({
      q: "mat ong",
      price: { $gte: 100000, $lt: 200000 },
    })
  })

  it("filter several bands as either range, alongside the other facets", () => {
    const filters = toBackendQuery({
      entity: "product",
      filters: { $and: [{ star_level: { $in: [5, 4] } }, { price_band: { $in: ["under-100k", "500k-plus"] } }] },
    }).filters
    expect(filters).toEqual({ $and: [{ star_level: { $in: [5, 4] } }, { $or: [{ price: { $lt: 100000 } }, { price: { $gte: 500000 } }] }] })
  })

  it("match nothing for a band that does not exist, rather than everything", () => {
    expect(toBackendQuery({ entity: "product", filters: { price_band: { $eq: "free" } } }).filters).toEqual({ price: { $lt: 0 } })
  })

  it("come back as the price_band facet, without empty bands", () => {
    const response: InstantSearchSearchResponse = {
      hits: [],
      nbHits: 5,
      page: 0,
      nbPages: 1,
      hitsPerPage: 24,
      processingTimeMS: 0,
      query: "",
      params: "",
      index: "product",
      exhaustiveNbHits: true,
      facets: { star_level: { "5": 1 }, price: { "under-100k": 5, "100k-200k": 0 } },
    }
    expect(fromBackendResponse(response).facets).toEqual({ star_level: { "5": 1 }, price_band: { "under-100k": 5 } })
  })
})

describe("sorts", () => {
  it("name an index per sort and read it back", () => {
    expect(sortIndexName("relevance")).toBe("product")
    expect(sortIndexName("stars")).toBe("product/sort/star_level:DESC,sort_title:ASC,id:ASC")
    expect(sortFromIndexName(sortIndexName("price_desc"))).toBe("price_desc")
    expect(sortFromIndexName("product/sort/whatever:ASC")).toBe("relevance")
  })
})

describe("the product search client", () => {
  const RESULT: SearchResult = {
    hits: [{ id: "prod_1", document: { id: "prod_1", handle: "nuoc-mam-bao-ninh", title: "Nước mắm Bảo Ninh", star_level: 5, price: 120000 } }],
    facets: { star_level: { type: "value", values: [{ value: "5", count: 1 }] }, price: { type: "range", ranges: [{ key: "100k-200k", from: 100000, to: 200000, count: 1 }] } },
    metadata: { count: 1, skip: 0, take: 24 },
  }

  it("sends InstantSearch's query as a prefix, typo-tolerant search of the card fields, and answers in InstantSearch's shape", async () => {
    const sent: SearchQuery[][] = []
    const client = createProductSearchClient(async (queries) => {
      sent.push(queries)
      return queries.map(() => RESULT)
    })
    const { results } = await client.search([
      {
        indexName: "product/sort/price:ASC,id:ASC",
        params: { query: "nuoc ma", hitsPerPage: 24, page: 0, facets: ["star_level", "price_band"], facetFilters: [["star_level:5", "star_level:4"]] },
      },
    ])
    expect(sent).toHaveLength(1)
    const [query] = sent[0]!
    expect(query).toMatchObject({
      entity: "product",
      filters: { q: "nuoc ma", star_level: { $in: [5, 4] } },
      pagination: { skip: 0, take: 24, order: { price: "ASC", id: "ASC" } },
      search_options: { match_strategy: "last", typo_tolerance: true },
    })
    expect(query?.fields).toEqual(expect.arrayContaining(["handle", "title", "price", "star_level", "producer_name", "origin_province"]))
    expect(query?.fields).not.toContain("description")
    expect(results[0]).toMatchObject({
      hits: [{ objectID: "prod_1", title: "Nước mắm Bảo Ninh", star_level: 5 }],
      nbHits: 1,
      page: 0,
      nbPages: 1,
      facets: { star_level: { "5": 1 }, price_band: { "100k-200k": 1 } },
    })
  })

  it("asks nothing for an empty box when placeholder search is off", async () => {
    let calls = 0
    const client = createProductSearchClient(
      async (queries) => {
        calls++
        return queries.map(() => RESULT)
      },
      { placeholderSearch: false },
    )
    const { results } = await client.search([{ indexName: "product", params: { query: "", hitsPerPage: 5 } }])
    expect(calls).toBe(0)
    expect(results[0]).toMatchObject({ hits: [], nbHits: 0 })
  })
})
