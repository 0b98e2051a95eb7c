import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildIndexPlan, toWhereClause } from "@medusajs/search-postgres/dist/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { productSearchFields } from "../../src/lib/product-search/fields"
import { typedColumns } from "../../src/modules/search-postgres-vi/typed-columns"
import { typedWhereClause } from "../../src/modules/search-postgres-vi/typed-filters"
import { shopHeaders } from "../fixtures/test-shop"
import { searchContract } from "../search-contract"

jest.setTimeout(120_000)

type Knex = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }
type Result = { hits: Array<{ id: string; document: Record<string, unknown> }>; metadata: { count: number | null } }

// The search contract on the default engine: Medusa's PostgreSQL provider, tuned for Vietnamese.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POST /store/search on PostgreSQL", () => searchContract({ api, getContainer }))

    // On the catalogue the contract arranged (the runner restores it before every test).
    describe("the PostgreSQL provider's own ways", () => {
      it("counts every match of a search ranked by relevance, on any page and past the last one", async () => {
        const http = api as { post: Function }
        const { store } = await shopHeaders(http, getContainer())
        const search = async (pagination: Record<string, number>) =>
          ((await http.post("/store/search", { entity: "product", filters: { q: "nuoc mam" }, pagination }, store)) as { data: { results: Result[] } }).data.results[0]!
        const all = await search({ take: 20 })
        expect(all.metadata.count).toBe(2)
        expect(all.hits.map((hit) => hit.document.title).sort()).toEqual(["Nước mắm Bảo Ninh", "Nước mắm chay Tuấn Linh"])
        for (const skip of [0, 1]) {
          const page = await search({ take: 1, skip })
          expect(page).toMatchObject({ hits: [all.hits[skip]], metadata: { count: 2 } })
        }
        expect(await search({ take: 1, skip: 5 })).toMatchObject({ hits: [], metadata: { count: 2 } })
      })

      it("filter exactly as the base provider's jsonb filters, documents without the field included", async () => {
        const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: tables } = await knex.raw(
          `select p.table_name from search_index i join search_index_version v on v.search_index_id = i.id and v.version = i.active_version
           join search_postgres_index p on p.name = v.physical_name where i.name = 'product'`
        )
        const table = String(tables[0]!.table_name)
        const plan = buildIndexPlan({ name: "product", primary_key: "id", fields: productSearchFields.toFields(), settings: {} } as SearchTypes.ResolvedSearchIndexDefinition)
        const { rows: documents } = await knex.raw(`select id, indexed from "${table}" order by id`)
        const indexed = documents.map((row) => row.indexed as Record<string, any>)
        const showrooms = [...new Set(indexed.flatMap((document) => (document.showrooms as string[] | undefined) ?? []))].sort()
        const channel = indexed[0]!.sales_channel_ids[0] as string
        expect(showrooms.length).toBeGreaterThanOrEqual(2)
        expect(indexed.some((document) => document.star_level === undefined)).toBe(true)

        const filters: Array<Record<string, unknown>> = [
          { star_level: 4 },
          { star_level: [4, 5] },
          { $not: { star_level: 4 } },
          { star_level: { $ne: 4 } },
          { star_level: { $nin: [3, 4] } },
          { star_level: { $exists: false } },
          { star_level: null },
          { star_level: [null, 5] },
          { star_level: { $gte: 4 } },
          { $not: { star_level: { $gte: 4 } } },
          { showrooms: showrooms[0] },
          { $not: { showrooms: showrooms[0] } },
          { showrooms: { $contains: showrooms.slice(0, 2) } },
          { showrooms: { $overlaps: showrooms.slice(0, 2) } },
          { showrooms: { $exists: true } },
          { in_stock: true },
          { in_stock: "false" },
          { $not: { in_stock: true } },
          { price: { $gte: 100000, $lt: 200000 } },
          { group_code: "food", price: { $gte: 100000 } },
          { handle: { $prefix: "nuoc" } },
          { producer_handle: { $like: "%tuan%" } },
          { $or: [{ area_code: "dong-hoi" }, { producer_type: "cooperative" }] },
          { $and: [{ status: "published", sales_channel_ids: [channel] }, { $not: { producer_handle: "nobody" } }] },
          { status: { $in: ["draft"] } },
          { id: [documents[0]!.id, documents[1]!.id] },
          { created_at: { $gt: 0 }, certification_status: { $ne: "expired" } },
          { star_valid_until: { $lte: 99999999 } },
          { sort_title: { $gt: "n" } },
        ]
        const ids = async (where: { sql: string; params: unknown[] } | undefined) =>
          (await knex.raw(`select id from "${table}" ${where ? `where ${where.sql}` : ""} order by id`, where?.params ?? [])).rows.map((row) => row.id)
        for (const filter of filters) {
          const expected = await ids(toWhereClause(filter as SearchTypes.SearchFilters, plan))
          expect({ filter, ids: await ids(typedWhereClause(filter as SearchTypes.SearchFilters, plan, typedColumns(plan))) }).toEqual({ filter, ids: expected })
        }
        // the products without stars are kept by a negation, as the jsonb filter keeps them
        expect((await ids(typedWhereClause({ $not: { star_level: 4 } }, plan, typedColumns(plan)))).length).toBeGreaterThan(indexed.filter((document) => document.star_level !== undefined && document.star_level !== 4).length)
      })
    })
  },
})
