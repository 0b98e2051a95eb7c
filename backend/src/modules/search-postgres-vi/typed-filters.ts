import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toWhereClause, type IndexPlan, type PlannedField } from "@medusajs/search-postgres/dist/utils"
import type { TypedColumn } from "./typed-columns"

type Where = { sql: string; params: unknown[] }
type Filters = SearchTypes.ProviderSearchQuery["filters"]

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * The base provider's filter compiler (`toWhereClause`), answering alike, on typed columns
 * where a field has one: `star_level = 4` on a float8 column instead of `indexed @> '{"star_level":4}'`.
 * Fields without a column are compiled by the base provider, as before.
 *
 * Where the base provider's predicate is never NULL (containment), the column one is made
 * never NULL too (`col IS NOT NULL AND …`), so that `$not`, `$ne` and `$nin` keep the documents
 * that lack the field, as they do there.
 */
export function typedWhereClause(filters: Filters, plan: IndexPlan, columns: Map<string, TypedColumn>): Where | undefined {
  if (!filters) return undefined
  const params: unknown[] = []
  const compile = (branch: Record<string, unknown>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value as Record<string, unknown>[] | undefined) ?? []).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      const column = columns.get(key)
      if (column) {
        parts.push(columnPredicate(plan.fields.get(key)!, column, value, params))
        continue
      }
      const base = toWhereClause({ [key]: value } as Filters, plan)
      if (base?.sql) {
        parts.push(base.sql)
        params.push(...base.params)
      }
    }
    return parts.join(" AND ")
  }
  const sql = compile(filters as Record<string, unknown>)
  return sql ? { sql, params } : undefined
}

/** As the base provider casts a filter value to the field's kind. */
function castScalar(planned: PlannedField, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null
  switch (planned.kind) {
    case "number": {
      const number = planned.is_date && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      if (Number.isNaN(number)) fail(`Cannot cast filter value for "${planned.path}" to a number`)
      return number
    }
    case "boolean":
      if (typeof value === "boolean") return value
      if (value === "true" || value === "false") return value === "true"
      return Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

function bind(params: unknown[], value: unknown): string {
  params.push(value)
  return "?"
}

function exists(column: TypedColumn, present: boolean): string {
  return `${column.sql} IS ${present ? "NOT " : ""}NULL`
}

/** Equal to (on arrays: holds) any of the values; never NULL. */
function anyOf(planned: PlannedField, column: TypedColumn, values: unknown[], params: unknown[]): string {
  if (!values.length) return "FALSE"
  const cast = values.map((value) => castScalar(planned, value))
  const parts: string[] = []
  // equality with null means the field is absent, as `indexed` never stores nulls
  if (cast.some((value) => value === null)) parts.push(exists(column, false))
  const present = cast.filter((value) => value !== null)
  if (present.length) {
    const list = present.map((value) => bind(params, value)).join(", ")
    const match = column.array ? `${column.sql} && ARRAY[${list}]::text[]` : present.length === 1 ? `${column.sql} = ${list}` : `${column.sql} IN (${list})`
    parts.push(`(${column.sql} IS NOT NULL AND ${match})`)
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`
}

function comparison(planned: PlannedField, column: TypedColumn, operator: string, value: unknown, params: unknown[]): string {
  if (column.array) fail(`Operator "${operator}" is not supported on array field "${planned.path}"`)
  // NULL for a document without the field, as the base provider's `(indexed->>…)::float8 > ?`
  return `${column.sql} ${operator} ${bind(params, castScalar(planned, value))}`
}

function columnPredicate(planned: PlannedField, column: TypedColumn, raw: unknown, params: unknown[]): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(planned, column, Array.isArray(raw) ? raw : [raw], params)
  }
  const operators = raw as Record<string, unknown>
  const keys = Object.keys(operators).filter((key) => key.startsWith("$"))
  if (!keys.length) fail(`Empty operator map on filter field "${planned.path}"`)
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = keys.map((operator) => {
    const value = operators[operator]
    switch (operator) {
      case "$eq":
        return anyOf(planned, column, [value], params)
      case "$ne":
        return value === null || value === undefined ? exists(column, true) : `NOT ${anyOf(planned, column, [value], params)}`
      case "$in":
        return anyOf(planned, column, list(value), params)
      case "$nin":
        return `NOT ${anyOf(planned, column, list(value), params)}`
      case "$gt":
        return comparison(planned, column, ">", value, params)
      case "$gte":
        return comparison(planned, column, ">=", value, params)
      case "$lt":
        return comparison(planned, column, "<", value, params)
      case "$lte":
        return comparison(planned, column, "<=", value, params)
      case "$exists":
        return exists(column, Boolean(value))
      case "$contains":
      case "$overlaps": {
        if (!column.array) fail(`Operator ${operator} on "${planned.path}" needs an array field`)
        if (operator === "$overlaps") return anyOf(planned, column, list(value), params)
        const all = list(value).map((entry) => bind(params, castScalar(planned, entry)))
        return `(${column.sql} IS NOT NULL AND ${column.sql} @> ARRAY[${all.join(", ")}]::text[])`
      }
      case "$prefix":
      case "$like":
        if (column.array) fail(`Operator "${operator}" is not supported on array field "${planned.path}"`)
        return `${column.sql} LIKE ${bind(params, operator === "$prefix" ? `${String(value)}%` : String(value))}`
      default:
        return fail(`The postgres search provider does not support operator "${operator}" on "${planned.path}"`)
    }
  })
  return parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`
}
