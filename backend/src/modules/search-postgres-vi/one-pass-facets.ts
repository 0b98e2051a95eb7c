import type { SearchTypes } from "@medusajs/framework/types"
import { jsonbPath, mapFacetResult, normalizeFacetRequests, type IndexPlan, type NormalizedFacetRequest } from "@medusajs/search-postgres/dist/utils"
import type { TypedColumn } from "./typed-columns"

type Scope = { sql: string; params: unknown[] } | undefined
type FacetRow = { facet: number; value: string | null; count: number | string; min?: number | string | null; max?: number | string | null; avg?: number | string | null; sum?: number | string | null }

/**
 * One statement for every facet of a search: the matching documents are read once into a
 * materialized CTE and each facet aggregates that, where the base provider scans the matches
 * again for every facet. Answers exactly as the base provider does (same limits, order, shapes).
 * A field with a typed column (see typed-columns) is read from it; the others from `indexed`.
 */
export function buildOnePassFacets(
  table: string,
  plan: IndexPlan,
  scope: Scope,
  requested: Array<string | SearchTypes.SearchFacetRequest> | undefined,
  { withCount = false, columns = new Map<string, TypedColumn>() } = {}
) {
  const requests = normalizeFacetRequests(requested, plan)
  const params: unknown[] = [...(scope?.params ?? [])]
  const read = new Set<string>()
  const numberOf = (field: string) => {
    const column = columns.get(field)
    read.add(column ? column.sql : `"indexed"`)
    return column ? column.sql : `(${jsonbPath(field, true)})::float8`
  }
  const valuesOf = (field: string, isArray: boolean) => {
    const column = columns.get(field)
    read.add(column ? column.sql : `"indexed"`)
    if (!column) return isArray ? `jsonb_array_elements_text(${jsonbPath(field)})` : jsonbPath(field, true)
    if (column.array) return `unnest(${column.sql})`
    // numbers as `indexed` spells them (4, not 4.0): the values a filter is then given back
    return column.kind === "number" ? `${column.sql}::numeric::text` : `${column.sql}::text`
  }
  // the number of matches comes from the same pass, as facet -1
  const count = withCount ? ["(SELECT -1 AS facet, NULL::text AS value, COUNT(*)::int AS count, NULL::float8 AS min, NULL::float8 AS max, NULL::float8 AS avg, NULL::float8 AS sum FROM scope)"] : []
  const parts = requests.map((request, i) => {
    const planned = plan.fields.get(request.field)!
    if (request.type === "stats") {
      const expr = numberOf(request.field)
      return `(SELECT ${i} AS facet, NULL::text AS value, COUNT(*)::int AS count, MIN(${expr}) AS min, MAX(${expr}) AS max, AVG(${expr}) AS avg, SUM(${expr}) AS sum FROM scope)`
    }
    if (request.type === "range") {
      const expr = numberOf(request.field)
      return (request.ranges ?? [])
        .map((range, r) => {
          const conditions: string[] = []
          if (range.from !== undefined) {
            conditions.push(`${expr} >= ?`)
            params.push(range.from)
          }
          if (range.to !== undefined) {
            conditions.push(`${expr} < ?`)
            params.push(range.to)
          }
          return `(SELECT ${i} AS facet, '${r}'::text AS value, COUNT(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"})::int AS count, NULL::float8 AS min, NULL::float8 AS max, NULL::float8 AS avg, NULL::float8 AS sum FROM scope)`
        })
        .join(" UNION ALL ")
    }
    const values = `SELECT ${valuesOf(request.field, planned.is_array)} AS value FROM scope`
    let filter = ""
    if (request.query) {
      filter = "AND value LIKE ?"
      params.push(`${request.query}%`)
    }
    params.push(request.limit ?? 10)
    const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
    return `(SELECT ${i} AS facet, value, COUNT(*)::int AS count, NULL::float8 AS min, NULL::float8 AS max, NULL::float8 AS avg, NULL::float8 AS sum FROM (${values}) AS exploded WHERE value IS NOT NULL ${filter} GROUP BY value ORDER BY ${order} LIMIT ?)`
  })
  const sql = `WITH scope AS MATERIALIZED (SELECT ${[...read].join(", ") || "1"} FROM "${table}" ${scope?.sql ? `WHERE ${scope.sql}` : ""}) ${[...count, ...parts].join(" UNION ALL ")}`
  return {
    requests,
    sql: requests.length ? sql : "",
    params,
    decode: (rows: FacetRow[]) => ({
      facets: decodeFacets(requests, rows),
      count: withCount ? Number(rows.find((row) => Number(row.facet) === -1)?.count ?? 0) : undefined,
    }),
  }
}

function decodeFacets(requests: NormalizedFacetRequest[], rows: FacetRow[]): Record<string, SearchTypes.SearchFacetResult> {
  const result: Record<string, SearchTypes.SearchFacetResult> = {}
  requests.forEach((request, i) => {
    const own = rows.filter((row) => Number(row.facet) === i)
    if (request.type === "range") {
      // the base provider's shape: one row with a count per range, r0, r1…
      result[request.field] = mapFacetResult(request, [Object.fromEntries(own.map((row) => [`r${row.value}`, Number(row.count)]))])
    } else if (request.type === "stats") {
      result[request.field] = mapFacetResult(request, own as unknown as Record<string, unknown>[])
    } else {
      // UNION ALL keeps no order across its parts: sort again as the part's SQL did
      const byValue = (a: FacetRow, b: FacetRow) => (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0)
      const order = request.sort === "alpha" ? byValue : (a: FacetRow, b: FacetRow) => Number(b.count) - Number(a.count) || byValue(a, b)
      result[request.field] = mapFacetResult(request, [...own].sort(order) as unknown as Record<string, unknown>[])
    }
  })
  return result
}
