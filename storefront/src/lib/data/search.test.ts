// @vitest-environment node
import type { SearchQuery } from "@medusajs/instantsearch-adapter"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { EMPTY_SEARCH } from "@/lib/search/search-url"
import { startFakeBackend, useDataLayerTest } from "@/test/fake-backend"
import { retrieveSearchPage, searchProducts, suggestProducts } from "./search"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const KEY = "pk_test_search"

type Received = { key: string | undefined; body: { queries: SearchQuery[] } }

let received: Received[] = []

/** A fake `/store/search` that answers each query with one hit and the facets it asked for. */
async function backend(status = 200): Promise<void> {
  await startFakeBackend(({ headers, body: raw }) => {
    const body = raw as Received["body"]
    received.push({ key: headers["x-publishable-api-key"]?.toString(), body })
    if (status !== 200) return { status, body: { type: "unexpected_state", message: "Search is unavailable" } }
    const results = body.queries.map((query) => ({
      hits: query.pagination?.take === 0 ? [] : [{ id: "prod_1", document: { id: "prod_1", handle: "nuoc-mam-bao-ninh", title: "Nước mắm Bảo Ninh", star_level: 5, price: 120000 } }],
      facets: Object.fromEntries(
        (query.search_options?.facets ?? []).map((facet) => {
          const field = typeof facet === "string" ? facet : facet.field
          return field === "price"
            ? [field, { type: "range", ranges: [{ key: "100k-200k", count: 1 }, { key: "500k-plus", count: 0 }] }]
            : [field, { type: "value", values: [{ value: field === "star_level" ? "5" : "x", count: 1 }] }]
        }),
      ),
      metadata: { count: 1, skip: query.pagination?.skip ?? 0, take: query.pagination?.take ?? 20 },
    }))
    return { status: 200, body: { results } }
  })
}

const serverLog = useDataLayerTest(KEY)

beforeEach(() => {
  received = []
})

describe("searchProducts", () => {
  it("posts the batch to /store/search with the shop's publishable key", async () => {
    await backend()
    const queries: SearchQuery[] = [{ entity: "product", filters: { q: "nuoc mam" } }]
    const result = await searchProducts(queries)
    expect(result.ok && result.data[0]?.hits[0]?.document).toMatchObject({ title: "Nước mắm Bảo Ninh" })
    expect(received).toEqual([{ key: KEY, body: { queries } }])
  })

  it("is unavailable when the search engine answers 503, and logs why on the server", async () => {
    await backend(503)
    expect(await searchProducts([{ entity: "product" }])).toEqual({ ok: false, reason: "unavailable" })
    expect(serverLog.lines[0]).toContain("503")
  })

  it("refuses a batch for another index, so the action cannot search customers", async () => {
    await backend()
    await expect(searchProducts([{ entity: "customer" }])).rejects.toThrow(RangeError)
    expect(received).toEqual([])
  })
})

describe("retrieveSearchPage", () => {
  it("runs the page's first search on the server: hits plus one count per refined facet", async () => {
    await backend()
    const page = await retrieveSearchPage({ ...EMPTY_SEARCH, q: "nuoc mam", stars: ["5"], page: 2 })
    if (!page.ok) throw new Error("the first search should succeed")
    const [main, starCounts] = received[0]!.body.queries
    expect(received[0]!.body.queries).toHaveLength(2)
    expect(main).toMatchObject({
      filters: { q: "nuoc mam", star_level: { $eq: 5 } },
      pagination: { skip: 24, take: 24 },
      search_options: { match_strategy: "last", typo_tolerance: true },
    })
    expect(starCounts).toMatchObject({ filters: { q: "nuoc mam" }, pagination: { take: 0 } })
    expect(starCounts?.filters).not.toHaveProperty("star_level")
    const initial = page.data.product
    expect(initial?.state).toMatchObject({ query: "nuoc mam", page: 1, disjunctiveFacetsRefinements: { star_level: ["5"] } })
    expect(initial?.results?.[0]).toMatchObject({ hits: [{ objectID: "prod_1", handle: "nuoc-mam-bao-ninh" }], facets: { price_band: { "100k-200k": 1 } } })
  })

  it("is unavailable when the backend cannot search", async () => {
    await backend(503)
    expect(await retrieveSearchPage(EMPTY_SEARCH)).toEqual({ ok: false, reason: "unavailable" })
  })
})

describe("suggestProducts", () => {
  it("asks for five products matching the text and hands the browser only what the box shows", async () => {
    await backend()
    const result = await suggestProducts("  nuoc mam ")
    expect(received).toHaveLength(1)
    expect(received[0]?.body.queries).toEqual([expect.objectContaining({ entity: "product", filters: { q: "nuoc mam" }, pagination: expect.objectContaining({ take: 5 }) })])
    expect(result).toEqual({ ok: true, data: [{ id: "prod_1", handle: "nuoc-mam-bao-ninh", title: "Nước mắm Bảo Ninh", title_en: undefined, price: 120000, star_level: 5 }] })
  })

  it("asks nothing for an empty box", async () => {
    await backend()
    expect(await suggestProducts("   ")).toEqual({ ok: true, data: [] })
    expect(received).toEqual([])
  })

  it("is unavailable, not an error, when the search engine is down", async () => {
    await backend(503)
    expect(await suggestProducts("nuoc mam")).toEqual({ ok: false, reason: "unavailable" })
  })
})
