import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"

/** A field of `indexed` that the document table also holds as a column of its own type. */
export type TypedColumn = {
  path: string
  /** the column's name, quoted for SQL */
  sql: string
  kind: "keyword" | "number" | "boolean"
  array: boolean
}

/** Turns a jsonb array of strings into text[] (created by this provider's migration). */
export const TEXT_ARRAY_FUNCTION = "search_pg_text_array"

/**
 * The fields a search filters, facets or sorts by, each as a column: typed (float8, text,
 * boolean, text[]) and generated from `indexed`, so every write keeps it true and a filter or
 * facet reads a few bytes rather than parsing a jsonb document per row. The primary key is the
 * table's own `id` column. Nested paths and other kinds stay in `indexed`.
 */
export function typedColumns(plan: IndexPlan): Map<string, TypedColumn> {
  const columns = new Map<string, TypedColumn>()
  for (const planned of plan.fields.values()) {
    const { field } = planned
    if (!field.filterable && !field.sortable && !field.facetable) continue
    if (planned.path.includes(".")) continue
    if (planned.kind !== "keyword" && planned.kind !== "number" && planned.kind !== "boolean") continue
    if (planned.is_array && planned.kind !== "keyword") continue
    if (planned.path === plan.primary_key) {
      if (planned.kind === "keyword" && !planned.is_array) columns.set(planned.path, { path: planned.path, sql: `"id"`, kind: "keyword", array: false })
      continue
    }
    columns.set(planned.path, { path: planned.path, sql: `"${columnName(planned.path)}"`, kind: planned.kind, array: planned.is_array })
  }
  return columns
}

/** `f_<field>`: apart from the base table's own columns whatever the field is called. */
function columnName(path: string): string {
  return `f_${path.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63)
}

/**
 * The typed columns a search may use on a table that has the columns `present`: all of them, or
 * none on a table made before they existed (it is searched through `indexed`, until a reindex
 * builds a new table).
 */
export function usableColumns(plan: IndexPlan, present: ReadonlySet<string>): Map<string, TypedColumn> {
  const columns = typedColumns(plan)
  return [...columns.values()].every((column) => present.has(column.sql.slice(1, -1))) ? columns : new Map()
}

/**
 * The statements that add the typed columns to a document table and index them: GIN for arrays
 * (membership), b-tree for the others (equality, ranges, sorting).
 *
 * A field faceted by ranges (the price) gets a covering b-tree instead, holding every column a
 * filter or facet reads: a catalogue page with its facets is then counted from that index alone
 * (an index-only scan, some 400 bytes a product) rather than from the table's rows, which carry
 * the whole document (1.6 kB a product; 160 MB at 100,000 products, more than PostgreSQL's
 * default cache).
 */
export function typedColumnStatements(table: string, plan: IndexPlan): string[] {
  const columns = [...typedColumns(plan).values()].filter((column) => column.sql !== `"id"`)
  const covered = columns.filter((column) => {
    const { field } = plan.fields.get(column.path)!
    return field.filterable || field.facetable
  })
  const additions = columns.map((column) => {
    const source = `"indexed"->'${column.path.replace(/'/g, "''")}'`
    const text = `"indexed"->>'${column.path.replace(/'/g, "''")}'`
    const [type, expression] = column.array
      ? ["text[]", `${TEXT_ARRAY_FUNCTION}(${source})`]
      : column.kind === "number"
        ? ["float8", `((${text})::float8)`]
        : column.kind === "boolean"
          ? ["boolean", `((${text})::boolean)`]
          : ["text", `(${text})`]
    return `ADD COLUMN IF NOT EXISTS ${column.sql} ${type} GENERATED ALWAYS AS (${expression}) STORED`
  })
  // one statement, so a table that already holds documents is rewritten once
  const statements = additions.length ? [`ALTER TABLE "${table}" ${additions.join(", ")}`] : []
  for (const column of columns) {
    const name = `"${`${table}_${column.sql.slice(1, -1)}_idx`.slice(0, 63)}"`
    if (column.array) {
      statements.push(`CREATE INDEX IF NOT EXISTS ${name} ON "${table}" USING GIN (${column.sql})`)
    } else if (facetedByRanges(plan, column)) {
      const included = covered.filter((other) => other !== column).map((other) => other.sql)
      statements.push(`CREATE INDEX IF NOT EXISTS ${name} ON "${table}" (${column.sql})${included.length ? ` INCLUDE (${included.join(", ")})` : ""}`)
    } else {
      statements.push(`CREATE INDEX IF NOT EXISTS ${name} ON "${table}" (${column.sql})`)
    }
  }
  return statements
}

function facetedByRanges(plan: IndexPlan, column: TypedColumn): boolean {
  const { facetable } = plan.fields.get(column.path)!.field
  return column.kind === "number" && typeof facetable === "object" && Boolean(facetable.types?.includes("range"))
}
