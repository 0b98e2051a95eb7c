import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_SEARCH_QUERY_LENGTH, PRODUCT_SEARCH_FACETS, PRODUCT_SEARCH_FILTERS, PRODUCT_SEARCH_INDEX, PRODUCT_SEARCH_SORT_FIELDS } from "@ocop/types"

/** The most hits one page may hold (Medusa's own limit); a larger page is served at this size. */
const MAX_SEARCH_PAGE_SIZE = 100
/** How deep a shopper may page; past this, filters narrow the search better than paging. */
const MAX_SEARCH_SKIP = 10_000

const FILTERS = new Set<string>(PRODUCT_SEARCH_FILTERS)
const FACETS = new Set<string>(PRODUCT_SEARCH_FACETS)
const SORTS = new Set<string>(PRODUCT_SEARCH_SORT_FIELDS)

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function list(values: Iterable<string>): string {
  return [...values].join(", ")
}

/** Checks a filter tree: `q` no longer than allowed, only the fields shoppers may filter on. */
function checkFilters(filters: Json): void {
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q") {
      if (typeof value !== "string") {
        invalid("The search text must be a string.")
      }
      if (value.length > MAX_SEARCH_QUERY_LENGTH) {
        invalid(`The search text is ${value.length} characters long; shorten it to ${MAX_SEARCH_QUERY_LENGTH} or fewer.`)
      }
    } else if (key === "$and" || key === "$or") {
      for (const branch of Array.isArray(value) ? value : [value]) {
        if (isObject(branch)) checkFilters(branch)
      }
    } else if (key === "$not") {
      if (isObject(value)) checkFilters(value)
    } else if (!FILTERS.has(key)) {
      invalid(`Products can't be filtered by "${key}". Filter by one of: ${list(FILTERS)}.`)
    }
  }
}

/** Checks one product query and fills in what a shopper expects by default. */
function checkQuery(query: Json): void {
  if (isObject(query.filters)) {
    checkFilters(query.filters)
  }
  const options = isObject(query.search_options) ? query.search_options : (query.search_options = {})
  for (const facet of Array.isArray(options.facets) ? options.facets : []) {
    const field = typeof facet === "string" ? facet : isObject(facet) ? facet.field : undefined
    if (typeof field === "string" && !FACETS.has(field)) {
      invalid(`Products have no "${field}" facet. Ask for one of: ${list(FACETS)}.`)
    }
  }
  // typing mistakes are forgiven unless the client says otherwise
  options.typo_tolerance ??= true
  const pagination = isObject(query.pagination) ? query.pagination : undefined
  if (!pagination) {
    return
  }
  const { skip, take, order } = pagination
  if (skip !== undefined && (typeof skip !== "number" || !Number.isInteger(skip) || skip < 0)) {
    invalid("The page must start at result 0 or later (a whole number).")
  }
  if (typeof skip === "number" && skip > MAX_SEARCH_SKIP) {
    invalid(`Results past the first ${MAX_SEARCH_SKIP.toLocaleString("en")} can't be paged to; narrow the search with filters instead.`)
  }
  if (take !== undefined && (typeof take !== "number" || !Number.isInteger(take) || take < 0)) {
    invalid("The page size must be a whole number of 0 or more.")
  }
  if (typeof take === "number" && take > MAX_SEARCH_PAGE_SIZE) {
    pagination.take = MAX_SEARCH_PAGE_SIZE
  }
  if (isObject(order)) {
    for (const field of Object.keys(order)) {
      if (!SORTS.has(field)) {
        invalid(`Products can't be sorted by "${field}". Sort by one of: ${list(SORTS)}.`)
      }
    }
    // a unique last key, so equal values keep one order from page to page
    if (!("id" in order)) {
      pagination.order = { ...order, id: "ASC" }
    }
  }
}

/**
 * Checks `POST /store/search` bodies for products before Medusa's own validation: a clear
 * sentence for a query that is too long, a field shoppers can't filter, facet or sort on, or a
 * page out of range; pages larger than allowed are served at the largest size instead.
 */
export function validateStoreSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "POST" || !isObject(req.body)) {
    return next()
  }
  const body = req.body
  const queries = Array.isArray(body.queries) ? body.queries : [body]
  try {
    for (const query of queries) {
      if (isObject(query) && query.entity === PRODUCT_SEARCH_INDEX) {
        checkQuery(query)
      }
    }
  } catch (error) {
    return next(error)
  }
  next()
}
