// @ts-check
// The fixed query mix, shaped like the bodies of backend/integration-tests/search-contract.ts
// (what the storefront sends), and the same texts for Medusa's plain `GET /store/products?q=`.

/** Every facet a shopper sees on the search page; price in the shop's bands (packages/types). */
const ALL_FACETS = [
  "star_level",
  "group_code",
  "area_code",
  "producer_type",
  "showrooms",
  {
    field: "price",
    type: "range",
    ranges: [
      { key: "under-100k", to: 100_000 },
      { key: "100k-200k", from: 100_000, to: 200_000 },
      { key: "200k-500k", from: 200_000, to: 500_000 },
      { key: "500k-plus", from: 500_000 },
    ],
  },
]

/**
 * @typedef {object} BenchQuery
 * @property {string} name
 * @property {"diacritics" | "plain" | "typo" | "prefix" | "facets"} kind
 * @property {string} q                         the text ("" for browsing with filters only)
 * @property {Record<string, unknown>} search   a `POST /store/search` body
 */

/** @type {BenchQuery[]} */
export const QUERY_MIX = [
  { name: "nước mắm", kind: "diacritics", q: "nước mắm", search: { filters: { q: "nước mắm" } } },
  { name: "mật ong rừng", kind: "diacritics", q: "mật ong rừng", search: { filters: { q: "mật ong rừng" } } },
  { name: "đũa gỗ", kind: "diacritics", q: "đũa gỗ", search: { filters: { q: "đũa gỗ" } } },
  { name: "nuoc mam", kind: "plain", q: "nuoc mam", search: { filters: { q: "nuoc mam" } } },
  { name: "dua go", kind: "plain", q: "dua go", search: { filters: { q: "dua go" } } },
  { name: "khoai deo bo trach", kind: "plain", q: "khoai deo bo trach", search: { filters: { q: "khoai deo bo trach" } } },
  { name: "nuoc mma (typo)", kind: "typo", q: "nuoc mma", search: { filters: { q: "nuoc mma" } } },
  { name: "mat ogn (typo)", kind: "typo", q: "mat ogn", search: { filters: { q: "mat ogn" } } },
  { name: "mat o (prefix)", kind: "prefix", q: "mat o", search: { filters: { q: "mat o" }, search_options: { match_strategy: "last" } } },
  { name: "tra gu (prefix)", kind: "prefix", q: "tra gu", search: { filters: { q: "tra gu" }, search_options: { match_strategy: "last" } } },
  {
    name: "trà + facets, 4–5★",
    kind: "facets",
    q: "trà",
    search: { filters: { q: "trà", star_level: [4, 5] }, search_options: { facets: ALL_FACETS } },
  },
  {
    name: "nuoc mam + facets, Đồng Hới in stock",
    kind: "facets",
    q: "nuoc mam",
    search: { filters: { q: "nuoc mam", area_code: "dong-hoi", in_stock: true }, search_options: { facets: ALL_FACETS } },
  },
  {
    name: "browse food 100–200k + facets",
    kind: "facets",
    q: "",
    search: {
      filters: { group_code: "food", price: { $gte: 100_000, $lt: 200_000 } },
      search_options: { facets: ALL_FACETS },
      pagination: { take: 20, order: { price: "ASC", id: "ASC" } },
    },
  },
]

/**
 * The mix as `count` `/store/search` calls that are each asked for the first time: every one
 * carries a filter no product matches against (`$not` a producer that does not exist), unique to
 * the call, so no cache can answer it. `from` keeps separate runs apart.
 * @param {number} count
 * @param {number} from
 * @param {readonly BenchQuery[]} [mix]
 * @returns {import("./measure.mjs").HttpCall[]}
 */
export function firstTimeSearchCalls(count, from, mix = QUERY_MIX) {
  return Array.from({ length: count }, (_, i) => {
    const query = /** @type {BenchQuery} */ (mix[i % mix.length])
    const search = /** @type {{ filters?: Record<string, unknown> }} */ (query.search)
    const filters = { ...search.filters, $not: { producer_handle: `bench-first-time-${from + i}` } }
    return { name: query.name, method: "POST", path: "/store/search", body: JSON.stringify({ entity: "product", pagination: { take: 20 }, ...query.search, filters }) }
  })
}

/**
 * The mix as HTTP calls: `/store/search` bodies (20 hits a page), or `/store/products` with the
 * same text (the shop's first page of 20; filters and facets have no equivalent there).
 * @param {"search" | "products"} endpoint
 * @param {readonly BenchQuery[]} [mix]
 * @returns {import("./measure.mjs").HttpCall[]}
 */
export function callsFor(endpoint, mix = QUERY_MIX) {
  return mix.map((query) =>
    endpoint === "search"
      ? { name: query.name, method: "POST", path: "/store/search", body: JSON.stringify({ entity: "product", pagination: { take: 20 }, ...query.search }) }
      : { name: query.name, method: "GET", path: `/store/products?limit=20${query.q ? `&q=${encodeURIComponent(query.q)}` : ""}` }
  )
}
