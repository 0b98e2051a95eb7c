import type { SearchTypes } from "@medusajs/framework/types"
import { buildIndexPlan } from "@medusajs/search-postgres/dist/utils"
import { describe, expect, it } from "vitest"
import { productSearchFields } from "../../lib/product-search/fields"
import { typedColumns, typedColumnStatements, usableColumns } from "./typed-columns"

const plan = buildIndexPlan({ name: "product", primary_key: "id", fields: productSearchFields.toFields(), settings: {} } as SearchTypes.ResolvedSearchIndexDefinition)

describe("typedColumns", () => {
  it("gives every filterable, facetable or sortable keyword, number and boolean field a column, and no text field", () => {
    const columns = typedColumns(plan)
    expect(columns.get("star_level")).toEqual({ path: "star_level", sql: `"f_star_level"`, kind: "number", array: false })
    expect(columns.get("showrooms")).toEqual({ path: "showrooms", sql: `"f_showrooms"`, kind: "keyword", array: true })
    expect(columns.get("in_stock")?.kind).toBe("boolean")
    expect(columns.get("created_at")?.kind).toBe("number")
    expect(columns.has("title")).toBe(false)
    // neither filtered, faceted nor sorted by
    expect(columns.has("thumbnail")).toBe(false)
  })

  it("uses the table's own id column for the primary key", () => {
    expect(typedColumns(plan).get("id")?.sql).toBe(`"id"`)
    expect(typedColumnStatements("search_pg_product_v1", plan).some((statement) => statement.includes(`"id"`))).toBe(false)
  })

  it("generates each column from indexed, in one statement", () => {
    const [alter] = typedColumnStatements("search_pg_product_v1", plan)
    expect(alter).toMatch(/^ALTER TABLE "search_pg_product_v1" ADD COLUMN IF NOT EXISTS /)
    expect(alter).toContain(`ADD COLUMN IF NOT EXISTS "f_price" float8 GENERATED ALWAYS AS ((("indexed"->>'price')::float8)) STORED`)
    expect(alter).toContain(`ADD COLUMN IF NOT EXISTS "f_showrooms" text[] GENERATED ALWAYS AS (search_pg_text_array("indexed"->'showrooms')) STORED`)
    expect(alter).toContain(`ADD COLUMN IF NOT EXISTS "f_in_stock" boolean GENERATED ALWAYS AS ((("indexed"->>'in_stock')::boolean)) STORED`)
  })

  it("indexes arrays with GIN, the others with a b-tree", () => {
    const statements = typedColumnStatements("search_pg_product_v1", plan)
    expect(statements).toContain(`CREATE INDEX IF NOT EXISTS "search_pg_product_v1_f_showrooms_idx" ON "search_pg_product_v1" USING GIN ("f_showrooms")`)
    expect(statements).toContain(`CREATE INDEX IF NOT EXISTS "search_pg_product_v1_f_star_level_idx" ON "search_pg_product_v1" ("f_star_level")`)
  })

  it("covers every filtered or faceted column in the index of the field faceted by ranges, for index-only facet counts", () => {
    const price = typedColumnStatements("search_pg_product_v1", plan).find((statement) => statement.includes(`"search_pg_product_v1_f_price_idx"`))!
    const included = price.match(/INCLUDE \((.*)\)$/)![1]!.split(", ")
    expect(price).toMatch(/ON "search_pg_product_v1" \("f_price"\) INCLUDE/)
    expect(included).toEqual(expect.arrayContaining([`"f_star_level"`, `"f_group_code"`, `"f_area_code"`, `"f_producer_type"`, `"f_showrooms"`, `"f_status"`, `"f_sales_channel_ids"`, `"f_producer_handle"`, `"f_in_stock"`]))
    // only sorted by: never read by a filter or a facet
    expect(included).not.toContain(`"f_sort_title"`)
    expect(included).not.toContain(`"f_price"`)
  })
})

describe("usableColumns", () => {
  const all = new Set(["id", "document", "indexed", ...[...typedColumns(plan).values()].map((column) => column.sql.slice(1, -1))])

  it("uses the typed columns on a table that has them all", () => {
    expect(usableColumns(plan, all).size).toBe(typedColumns(plan).size)
  })

  it("searches a table made before typed columns (or missing one) through indexed alone", () => {
    expect(usableColumns(plan, new Set(["id", "document", "indexed"])).size).toBe(0)
    expect(usableColumns(plan, new Set([...all].filter((name) => name !== "f_price"))).size).toBe(0)
  })
})
