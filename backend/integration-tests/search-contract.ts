import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { todayInVietnam, toSlug } from "@ocop/domain"
import { MAX_SEARCH_QUERY_LENGTH, PRICE_RANGES, PRODUCT_SEARCH_SORTS } from "@ocop/types"
import { seedTestShop, shopHeaders } from "./fixtures/test-shop"
import { ensureProducts } from "../src/scripts/seed/products"
import { OCOP_MODULE } from "../src/modules/ocop"
import type OcopModuleService from "../src/modules/ocop/service"
import { certifyProductWorkflow, type CertifyProductInput } from "../src/workflows/ocop/workflows/certify-product"
import { revokeCertificationWorkflow } from "../src/workflows/ocop/workflows/revoke-certification"
import { assignProductProducerWorkflow } from "../src/workflows/producer/workflows/assign-product-producer"
import { createProducersWorkflow } from "../src/workflows/producer/workflows/create-producers"
import { updateProducersWorkflow } from "../src/workflows/producer/workflows/update-producers"
import { openShowroomWorkflow } from "../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../src/workflows/showroom/workflows/stock-showroom"
import { refreshExpiredStars } from "../src/lib/product-search/refresh-expired-stars"
import { repairSearchIndex } from "../src/lib/product-search/repair-search-index"

type Http = { get: Function; post: Function }
type Response = { status: number; data: Record<string, any> }
type Hit = { id: string; document: Record<string, any> }
type Result = { hits: Hit[]; facets?: Record<string, any>; metadata: { count: number | null; skip: number; take: number } }

/** Products beyond the six test products, so the search has look-alikes to tell apart. */
const MORE_PRODUCTS = [
  { title: "Nước mắm Bảo Ninh", price: 120000, pack: "Chai 500 ml" },
  { title: "Đường phèn Tuyên Hóa", price: 60000, pack: "Túi 500 g" },
  { title: "Chè xanh Dương Thủy", price: 90000, pack: "Gói 200 g" },
  { title: "Dầu lạc Quảng Hòa", price: 550000, pack: "Can 5 lít" },
  { title: "Rượu nếp Sơn Thủy (nháp)", price: 70000, pack: "Chai 500 ml", draft: true },
]

/** A date `months` months before today (Việt Nam), as YYYY-MM-DD. */
function monthsAgo(months: number): string {
  const date = new Date(`${todayInVietnam(new Date())}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 10)
}

async function arrange(container: MedusaContainer) {
  const ids = await seedTestShop(container)
  await ensureProducts(
    container,
    MORE_PRODUCTS.map((product) => ({ handle: toSlug(product.title), title: product.title, description: `${product.title}, đặc sản Quảng Bình.`, pack: product.pack, priceVnd: product.price })),
    { salesChannelIds: [ids.salesChannelId], shippingProfileId: ids.shippingProfileId }
  )
  const productService = container.resolve(Modules.PRODUCT)
  await updateProductsWorkflow(container).run({ input: { selector: { handle: toSlug("Rượu nếp Sơn Thủy (nháp)") }, update: { status: "draft" } } })
  const products = await productService.listProducts({}, { relations: ["variants"] })
  const byTitle = (title: string) => products.find((product) => product.title === title)!
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  await ocop.createOcopAreas([
    { code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district", rank: 3 },
    { code: "ba-don", name: "Ba Đồn", full_name: "Thị xã Ba Đồn", type: "town", rank: 2 },
    { code: "dong-hoi", name: "Đồng Hới", full_name: "Thành phố Đồng Hới", type: "city", rank: 1 },
  ])
  const { result: producers } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        { name: "HTX Tuấn Linh", type: "cooperative", province: "Quảng Trị", commune: "Đông Trạch", legacy_district: "Bố Trạch", area_code: "bo-trach" },
        { name: "Cơ sở Đũa gỗ", type: "household_business", province: "Quảng Trị", commune: "Ba Đồn", legacy_district: "Ba Đồn", area_code: "ba-don" },
        { name: "Công ty Nước mắm Bảo Ninh", type: "enterprise", province: "Quảng Trị", commune: "Đồng Hới", legacy_district: "Đồng Hới", area_code: "dong-hoi" },
      ],
    },
  })
  const [tuanLinh, chopsticks, baoNinh] = producers
  const assign = (title: string, producerId: string) => assignProductProducerWorkflow(container).run({ input: { product_id: byTitle(title).id, producer_id: producerId } })
  await assign("Nước mắm chay Tuấn Linh", tuanLinh!.id)
  await assign("Nấm mộc nhĩ Tuấn Linh", tuanLinh!.id)
  await assign("Đũa gỗ Quảng Thủy", chopsticks!.id)
  await assign("Nước mắm Bảo Ninh", baoNinh!.id)
  const certify = (title: string, input: Omit<CertifyProductInput, "product_id" | "group_code"> & { group_code?: CertifyProductInput["group_code"] }) =>
    certifyProductWorkflow(container).run({ input: { product_id: byTitle(title).id, group_code: "food", ...input } })
  await certify("Đũa gỗ Quảng Thủy", { star_level: 4, group_code: "handicrafts", decision_number: "1/QĐ-UBND", decision_date: monthsAgo(6) })
  await certify("Nấm mộc nhĩ Tuấn Linh", { star_level: 4, decision_number: "2/QĐ-UBND", decision_date: monthsAgo(37) })
  await certify("Nước mắm chay Tuấn Linh", { star_level: 3, decision_number: "3/QĐ-UBND", decision_date: monthsAgo(12) })
  await certify("Nước mắm Bảo Ninh", { star_level: 5, awarding_level: "central", decision_number: "4/QĐ-TTg", decision_date: monthsAgo(3) })
  await certify("Mật ong Hóa Sơn", { star_level: 3, decision_number: "5/QĐ-UBND", decision_date: monthsAgo(20) })

  const open = (name: string, level: "provincial" | "district", area: string) =>
    openShowroomWorkflow(container).run({
      input: { name, level, area_code: area, province: "Quảng Trị", commune: "Đồng Hới", phone: "0232 3822 123", opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
    })
  const { result: boTrach } = await open("Điểm bán OCOP Bố Trạch", "district", "bo-trach")
  const { result: provincial } = await open("Trung tâm OCOP Quảng Bình", "provincial", "dong-hoi")
  const variant = (title: string) => byTitle(title).variants[0]!.id
  await stockShowroomWorkflow(container).run({
    input: { showroom_id: boTrach.id, items: [{ variant_id: variant("Nước mắm chay Tuấn Linh"), stocked_quantity: 5 }, { variant_id: variant("Đũa gỗ Quảng Thủy"), stocked_quantity: 3 }] },
  })
  await stockShowroomWorkflow(container).run({ input: { showroom_id: provincial.id, items: [{ variant_id: variant("Nước mắm Bảo Ninh"), stocked_quantity: 12 }] } })
  return { byTitle, boTrach, provincial, tuanLinh: tuanLinh! }
}

/**
 * The behaviour `/store/search` promises shoppers, whichever engine serves it. Run by one spec per
 * provider (PostgreSQL always, Meilisearch when MEILISEARCH_HOST is set).
 */
export function searchContract({ api, getContainer }: { api: unknown; getContainer: () => MedusaContainer }) {
  const http = api as Http
  let fixture: Awaited<ReturnType<typeof arrange>>
  let store: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }
  const send = (call: Promise<Response>): Promise<Response> => call.catch((error: { response: Response }) => error.response)
  const raw = (body: unknown) => send(http.post("/store/search", body, store))
  const search = async (query: Record<string, unknown>): Promise<Result> => {
    const response = await raw({ entity: "product", ...query })
    expect(response.status).toBe(200)
    return response.data.results[0] as Result
  }
  const titles = (result: Result) => result.hits.map((hit) => hit.document.title as string)
  const q = (text: string, extra: Record<string, unknown> = {}) => search({ filters: { q: text }, ...extra })
  const facetValues = (result: Result, field: string) =>
    Object.fromEntries((result.facets?.[field]?.values ?? []).map((entry: { value: string; count: number }) => [entry.value, entry.count]))

  /** Polls until `check` passes: the index follows the catalogue through events, not in the request. */
  async function eventually(check: () => Promise<void>, timeoutMs = 30_000) {
    const started = Date.now()
    for (;;) {
      try {
        return await check()
      } catch (error) {
        if (Date.now() - started > timeoutMs) throw error
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
  }

  beforeAll(async () => {
    fixture = await arrange(getContainer())
    ;({ store, admin } = await shopHeaders(http, getContainer()))
    // everything arranged above reached the index through events
    await eventually(async () => {
      const result = await search({ filters: { q: "nuoc mam bao ninh" }, fields: ["title", "star_level", "showrooms", "producer_type"] })
      expect(result.hits[0]?.document).toMatchObject({ title: "Nước mắm Bảo Ninh", star_level: 5, showrooms: [expect.any(String)], producer_type: "enterprise" })
    }, 60_000)
  })

  describe("matching Vietnamese", () => {
    it("finds Nước mắm when typed without marks", async () => {
      const result = await q("nuoc mam")
      expect(titles(result).sort()).toEqual(["Nước mắm Bảo Ninh", "Nước mắm chay Tuấn Linh"].sort())
    })

    it("finds Đũa gỗ from dua go: đ matches d", async () => {
      expect(titles(await q("dua go"))[0]).toBe("Đũa gỗ Quảng Thủy")
    })

    it("still finds with one typo (nuoc mma)", async () => {
      expect(titles(await q("nuoc mma"))).toEqual(expect.arrayContaining(["Nước mắm Bảo Ninh", "Nước mắm chay Tuấn Linh"]))
    })

    it("finds nothing for a typo when typos are turned off", async () => {
      expect((await q("nuoc mma", { search_options: { typo_tolerance: false } })).hits).toEqual([])
    })

    it("matches the last word as a prefix while typing", async () => {
      expect(titles(await q("nuoc ma", { search_options: { match_strategy: "last" } })).sort()).toEqual(["Nước mắm Bảo Ninh", "Nước mắm chay Tuấn Linh"].sort())
      expect(titles(await q("dua g", { search_options: { match_strategy: "last" } }))[0]).toBe("Đũa gỗ Quảng Thủy")
    })

    it("keeps syllables that are English stop words once unaccented (mè → me)", async () => {
      expect(titles(await q("mè xát"))).toEqual(["Bánh mè xát Tân An"])
      expect(titles(await q("banh me"))).toEqual(["Bánh mè xát Tân An"])
    })

    it("ranks exact marks first: đường puts Đường before Dương, duong finds both", async () => {
      expect(titles(await q("đường"))[0]).toBe("Đường phèn Tuyên Hóa")
      expect(titles(await q("dương"))[0]).toBe("Chè xanh Dương Thủy")
      expect(titles(await q("duong")).sort()).toEqual(["Chè xanh Dương Thủy", "Đường phèn Tuyên Hóa"].sort())
    })

    it("searches the producer and the origin too", async () => {
      expect(titles(await q("tuan linh")).sort()).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm chay Tuấn Linh"].sort())
      expect(titles(await q("ba don"))).toEqual(["Đũa gỗ Quảng Thủy"])
    })

    it("never shows a draft product", async () => {
      expect((await q("ruou nep")).hits).toEqual([])
    })
  })

  describe("facets and filters", () => {
    const FACETS = ["star_level", "group_code", "area_code", "producer_type", "showrooms", { field: "price", type: "range", ranges: PRICE_RANGES }]

    it("counts star levels in force only: the expired 4★ is not counted", async () => {
      const result = await search({ search_options: { facets: FACETS }, pagination: { take: 0 } })
      expect(facetValues(result, "star_level")).toEqual({ "5": 1, "4": 1, "3": 2 })
      expect(facetValues(result, "group_code")).toEqual({ food: 4, handicrafts: 1 })
      expect(facetValues(result, "producer_type")).toEqual({ cooperative: 2, household_business: 1, enterprise: 1 })
      expect(facetValues(result, "area_code")).toEqual({ "bo-trach": 2, "ba-don": 1, "dong-hoi": 1 })
      expect(facetValues(result, "showrooms")).toEqual({ [fixture.boTrach.handle]: 2, [fixture.provincial.handle]: 1 })
      expect(result.facets?.price.ranges.map((range: { key: string; count: number }) => [range.key, range.count])).toEqual([
        ["under-100k", 5],
        ["100k-200k", 3],
        ["200k-500k", 1],
        ["500k-plus", 1],
      ])
      expect(result.metadata.count).toBe(10)
    })

    it("makes counts follow the query", async () => {
      const result = await search({ filters: { q: "nuoc mam" }, search_options: { facets: ["star_level", "showrooms"] } })
      expect(facetValues(result, "star_level")).toEqual({ "5": 1, "3": 1 })
      expect(facetValues(result, "showrooms")).toEqual({ [fixture.boTrach.handle]: 1, [fixture.provincial.handle]: 1 })
    })

    it("combines filters", async () => {
      const result = await search({ filters: { star_level: [4, 5], showrooms: fixture.boTrach.handle } })
      expect(titles(result)).toEqual(["Đũa gỗ Quảng Thủy"])
      const food = await search({ filters: { group_code: "food", price: { $gte: 100000, $lt: 200000 } }, pagination: { order: PRODUCT_SEARCH_SORTS.title } })
      expect(titles(food)).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm Bảo Ninh"])
    })

    it("never finds an expired certification by its stars", async () => {
      const result = await search({ filters: { star_level: 4 } })
      expect(titles(result)).toEqual(["Đũa gỗ Quảng Thủy"])
      const nam = (await q("nam moc nhi", { fields: ["title", "star_level", "certification_status"] })).hits[0]!.document
      expect(nam).toEqual({ title: "Nấm mộc nhĩ Tuấn Linh", certification_status: "expired" })
    })
  })

  describe("sorting and pages", () => {
    it("sorts by price both ways with a stable order", async () => {
      const up = await search({ pagination: { take: 20, order: PRODUCT_SEARCH_SORTS.price_asc }, fields: ["price"] })
      const prices = up.hits.map((hit) => hit.document.price as number)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      const down = await search({ pagination: { take: 20, order: PRODUCT_SEARCH_SORTS.price_desc }, fields: ["price"] })
      expect(down.hits[0]!.document.price).toBe(550000)
    })

    it("sorts by stars, best first, then by title in Vietnamese order", async () => {
      const result = await search({ pagination: { take: 4, order: PRODUCT_SEARCH_SORTS.stars } })
      expect(titles(result)).toEqual(["Nước mắm Bảo Ninh", "Đũa gỗ Quảng Thủy", "Mật ong Hóa Sơn", "Nước mắm chay Tuấn Linh"])
    })

    it("sorts newest first", async () => {
      const result = await search({ pagination: { take: 20, order: PRODUCT_SEARCH_SORTS.newest }, fields: ["created_at"] })
      const dates = result.hits.map((hit) => Date.parse(hit.document.created_at))
      expect(dates).toEqual([...dates].sort((a, b) => b - a))
    })

    it("pages through every product once, whatever the sort", async () => {
      for (const order of Object.values(PRODUCT_SEARCH_SORTS).filter((sort) => !("_score" in sort))) {
        const seen: string[] = []
        for (let skip = 0; skip < 12; skip += 3) {
          seen.push(...(await search({ pagination: { skip, take: 3, order } })).hits.map((hit) => hit.id))
        }
        expect(new Set(seen).size).toBe(10)
        expect(seen).toHaveLength(10)
      }
    })
  })

  describe("bad input", () => {
    it("refuses a query longer than 200 characters with a sentence", async () => {
      const response = await raw({ entity: "product", filters: { q: "nước mắm ".repeat(30) } })
      expect(response.status).toBe(400)
      expect(response.data.message).toBe(`The search text is 270 characters long; shorten it to ${MAX_SEARCH_QUERY_LENGTH} or fewer.`)
    })

    it("refuses an unknown filter, facet or sort field", async () => {
      const filter = await raw({ entity: "product", filters: { cost_price: 1 } })
      expect(filter.status).toBe(400)
      expect(filter.data.message).toMatch(/^Products can't be filtered by "cost_price"\. Filter by one of: star_level, /)
      const facet = await raw({ entity: "product", search_options: { facets: ["supplier"] } })
      expect(facet.status).toBe(400)
      expect(facet.data.message).toMatch(/^Products have no "supplier" facet\./)
      const sort = await raw({ entity: "product", pagination: { order: { folded_text: "ASC" } } })
      expect(sort.status).toBe(400)
      expect(sort.data.message).toMatch(/^Products can't be sorted by "folded_text"\./)
    })

    it("refuses a negative page and one far past the results; serves a huge page size at 100", async () => {
      const negative = await raw({ entity: "product", pagination: { skip: -20 } })
      expect(negative.status).toBe(400)
      expect(negative.data.message).toBe("The page must start at result 0 or later (a whole number).")
      const deep = await raw({ entity: "product", pagination: { skip: 50_000 } })
      expect(deep.status).toBe(400)
      const huge = await search({ pagination: { take: 5000 } })
      expect(huge.metadata.take).toBe(100)
    })

    it("answers 404 for an index the shop does not expose, and refuses to return index-only fields", async () => {
      expect((await raw({ entity: "customer" })).status).toBe(404)
      expect((await raw({ entity: "product", fields: ["folded_text"] })).status).toBe(400)
    })

    it("refuses to search only some fields, saying so", async () => {
      const response = await raw({ entity: "product", filters: { q: "nuoc mam" }, search_options: { attributes_to_search_on: ["title"] } })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/attributes_to_search_on/)
    })
  })

  describe("staying in sync", () => {
    it("follows a price change", async () => {
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { selector: { id: fixture.byTitle("Khoai deo Như Mận").variants[0]!.id }, update: { prices: [{ amount: 99000, currency_code: "vnd" }] } },
      })
      await eventually(async () => {
        expect((await q("khoai deo", { fields: ["price"] })).hits[0]?.document.price).toBe(99000)
      })
    })

    it("follows stock changed in Medusa's inventory (a showroom sold out)", async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: fixture.byTitle("Nước mắm chay Tuấn Linh").variants[0]!.id },
      })
      const inventoryItemId = (data[0] as { inventory_items: Array<{ inventory_item_id: string }> }).inventory_items[0]!.inventory_item_id
      const [location] = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["stock_location.id"], filters: { id: fixture.boTrach.id } }).then(({ data: rows }) => rows as Array<{ stock_location: { id: string } }>)
      await updateInventoryLevelsWorkflow(container).run({ input: { updates: [{ inventory_item_id: inventoryItemId, location_id: location!.stock_location.id, stocked_quantity: 0 }] } })
      await eventually(async () => {
        expect((await q("nuoc mam chay", { fields: ["showrooms", "in_stock"] })).hits[0]?.document).toEqual({ showrooms: [], in_stock: false })
      })
    })

    it("drops the stars of a revoked certification", async () => {
      const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
      const [honey] = await ocop.listOcopCertifications({ decision_number: "5/QĐ-UBND" })
      await revokeCertificationWorkflow(getContainer()).run({ input: { certification_id: honey!.id, reason: "Thu hồi do vi phạm nhãn mác" } })
      await eventually(async () => {
        expect((await q("mat ong", { fields: ["title", "star_level", "certification_status"] })).hits[0]?.document).toEqual({ title: "Mật ong Hóa Sơn", certification_status: "revoked" })
      })
    })

    it("follows stock and producer changes", async () => {
      await stockShowroomWorkflow(getContainer()).run({ input: { showroom_id: fixture.provincial.id, items: [{ variant_id: fixture.byTitle("Đũa gỗ Quảng Thủy").variants[0]!.id, stocked_quantity: 2 }] } })
      await updateProducersWorkflow(getContainer()).run({ input: { producers: [{ id: fixture.tuanLinh.id, name: "HTX Nấm sạch Tuấn Linh" }] } })
      await eventually(async () => {
        expect((await q("dua go", { fields: ["showrooms"] })).hits[0]?.document.showrooms).toEqual([fixture.boTrach.handle, fixture.provincial.handle].sort())
        expect(titles(await q("nam sach")).sort()).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm chay Tuấn Linh"].sort())
      })
    })

    it("takes stars out once they lapse, with no event to say so", async () => {
      const container = getContainer()
      const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
      // the document as it was indexed while the certification was still in force
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], filters: { title: "Nấm mộc nhĩ Tuấn Linh" } })
      const stale = (await searchModule.search({ entity: "product", filters: { id: data[0]!.id } })).hits[0]!.document
      await searchModule.upsertDocuments({ index: "product", documents: [{ ...stale, id: data[0]!.id, star_level: 4, star_valid_until: 20240101 }] })
      expect(titles(await search({ filters: { star_level: 4 } }))).toContain("Nấm mộc nhĩ Tuấn Linh")
      expect(await refreshExpiredStars(container)).toBe(1)
      expect(titles(await search({ filters: { star_level: 4 } }))).toEqual(["Đũa gỗ Quảng Thủy"])
    })

    it("rebuilds an index that lost documents, or that may have missed events while the engine was down", async () => {
      const container = getContainer()
      const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
      await searchModule.deleteDocuments({ index: "product", filters: { id: [fixture.byTitle("Đũa gỗ Quảng Thủy").id] } })
      expect((await q("dua go")).hits).toEqual([])
      const state = {}
      expect(await repairSearchIndex(container, state)).toBe("repaired")
      expect(titles(await q("dua go"))[0]).toBe("Đũa gỗ Quảng Thủy")
      expect(await repairSearchIndex(container, state)).toBe("in-sync")
      // an outage seen by an earlier pass: events may have been lost, so the index is rebuilt
      const afterOutage = { unreachableSince: new Date(Date.now() - 60_000) }
      expect(await repairSearchIndex(container, afterOutage)).toBe("repaired")
      expect(afterOutage.unreachableSince).toBeUndefined()
    })

    it("rebuilds the whole index for an admin (npm run reindex), and for nobody else", async () => {
      expect((await send(http.post("/admin/ocop/search/rebuild", {}, store))).status).toBe(401)
      const response = await send(http.post("/admin/ocop/search/rebuild", {}, admin))
      expect(response.status).toBe(200)
      expect(response.data).toMatchObject({ index: "product", documents: 11 })
      expect(titles(await q("nuoc mam")).sort()).toEqual(["Nước mắm Bảo Ninh", "Nước mắm chay Tuấn Linh"].sort())
    })
  })
}