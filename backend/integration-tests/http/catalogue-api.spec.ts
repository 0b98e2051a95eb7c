import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { certificationExpiry, todayInVietnam } from "@ocop/domain"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { certifyProductWorkflow, type CertifyProductInput } from "../../src/workflows/ocop/workflows/certify-product"
import { assignProductProducerWorkflow } from "../../src/workflows/producer/workflows/assign-product-producer"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"

jest.setTimeout(120_000)

const vietnamese = new Intl.Collator("vi").compare

type Http = { get: Function; post: Function }
type Response = { status: number; data: Record<string, any> }

/** A date `months` months before today (Việt Nam), as YYYY-MM-DD. */
function monthsAgo(months: number, days = 0): string {
  const date = new Date(`${todayInVietnam(new Date())}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() - months)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/** Products of the demo seed, certified in every state a shopper can meet. */
async function arrange(container: MedusaContainer) {
  await seedTestShop(container)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  await ocop.createOcopAreas([
    { code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district", rank: 3 },
    { code: "ba-don", name: "Ba Đồn", full_name: "Thị xã Ba Đồn", type: "town", rank: 2 },
  ])
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants"] })
  const byTitle = (title: string) => products.find((product) => product.title === title)!
  const { result: producers } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        { name: "HTX Tuấn Linh", type: "cooperative", province: "Quảng Trị", commune: "Đông Trạch", legacy_district: "Bố Trạch", legacy_commune: "Sơn Lộc", area_code: "bo-trach", phone: "0912000001" },
        { name: "Cơ sở Đũa gỗ", type: "household_business", province: "Quảng Trị", commune: "Ba Đồn", legacy_district: "Ba Đồn", area_code: "ba-don" },
      ],
    },
  })
  const [tuanLinh, chopsticks] = producers
  const certify = (title: string, input: Omit<CertifyProductInput, "product_id" | "group_code"> & { group_code?: CertifyProductInput["group_code"] }) =>
    certifyProductWorkflow(container).run({ input: { product_id: byTitle(title).id, group_code: "food", ...input } })
  for (const title of ["Nước mắm chay Tuấn Linh", "Nấm mộc nhĩ Tuấn Linh"]) {
    await assignProductProducerWorkflow(container).run({ input: { product_id: byTitle(title).id, producer_id: tuanLinh!.id } })
  }
  await assignProductProducerWorkflow(container).run({ input: { product_id: byTitle("Đũa gỗ Quảng Thủy").id, producer_id: chopsticks!.id } })
  // valid 4★, expired 4★ (decided 37 months ago), expiring 3★ (36 months minus 30 days ago)
  await certify("Đũa gỗ Quảng Thủy", { star_level: 4, group_code: "handicrafts", decision_number: "1/QĐ-UBND", decision_date: monthsAgo(6) })
  await certify("Nấm mộc nhĩ Tuấn Linh", { star_level: 4, decision_number: "2/QĐ-UBND", decision_date: monthsAgo(37) })
  await certify("Nước mắm chay Tuấn Linh", {
    star_level: 3,
    decision_number: "3/QĐ-UBND",
    decision_date: monthsAgo(35, 0).replace(/-\d\d$/, "-01"),
    source_url: "https://quangbinh.gov.vn/ocop-2023",
  })
  await updateProductsWorkflow(container).run({
    input: { selector: { id: byTitle("Nước mắm chay Tuấn Linh").id }, update: { images: [{ url: "http://localhost/static/mat-truoc.jpg" }, { url: "http://localhost/static/mat-sau.jpg" }] } },
  })
  // a source that publishes no exact level: recorded without one
  const record = await ocop.createOcopProducts({ origin_legacy_district: "Quảng Ninh", origin_area_code: "quang-ninh" })
  await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.PRODUCT]: { product_id: byTitle("Khoai deo Như Mận").id }, [OCOP_MODULE]: { ocop_product_id: record.id } })
  await ocop.createOcopCertifications({ ocop_product_id: record.id, star_level: null, stars_min: 3, group_code: "food", decision_date: "2019-12-31", decision_date_approximate: true })

  const { result: showroom } = await openShowroomWorkflow(container).run({
    input: { name: "Điểm bán OCOP Bố Trạch", level: "district", area_code: "bo-trach", province: "Quảng Trị", commune: "Hoàn Lão", phone: "0232 3822 123", opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
  })
  await stockShowroomWorkflow(container).run({ input: { showroom_id: showroom.id, items: [{ variant_id: byTitle("Nước mắm chay Tuấn Linh").variants[0]!.id, stocked_quantity: 5 }] } })
  return { byTitle, showroom, tuanLinh: tuanLinh! }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    let fixture: Awaited<ReturnType<typeof arrange>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const send = (call: Promise<Response>): Promise<Response> => call.catch((error: { response: Response }) => error.response)

    beforeAll(async () => {
      fixture = await arrange(getContainer())
      ;({ store, admin } = await shopHeaders(http, getContainer()))
    })

    const card = async (title: string, query = "") => {
      const { data } = await http.get(`/store/ocop/products?limit=100${query}`, store)
      return { list: data.products as Array<Record<string, any>>, one: (data.products as Array<Record<string, any>>).find((product) => product.title === title) }
    }

    describe("GET /store/ocop/products", () => {
      it("carries certification, producer and origin, priced in đồng", async () => {
        const { one } = await card("Đũa gỗ Quảng Thủy")
        expect(one).toMatchObject({
          price: 150000,
          currencyCode: "vnd",
          certification: { starLevel: 4, groupCode: "handicrafts", status: "valid", showsBadge: true, decisionNumber: "1/QĐ-UBND" },
          producer: { name: "Cơ sở Đũa gỗ", type: "household_business" },
          origin: { legacyDistrict: "Ba Đồn", areaCode: "ba-don" },
        })
      })

      it("shows no badge for a certification decided 37 months ago, and says it expired", async () => {
        const { one } = await card("Nấm mộc nhĩ Tuấn Linh")
        expect(one?.certification).toMatchObject({ starLevel: 4, status: "expired", showsBadge: false })
      })

      it("marks a certification within 90 days of expiry as expiring, still with its badge", async () => {
        const { one } = await card("Nước mắm chay Tuấn Linh")
        expect(one?.certification).toMatchObject({ starLevel: 3, status: "expiring", showsBadge: true })
      })

      it("never invents a level: a product whose source gives none has no badge and a null level", async () => {
        const { one } = await card("Khoai deo Như Mận")
        expect(one?.certification).toMatchObject({ starLevel: null, starsMin: 3, showsBadge: false, decisionDateApproximate: true })
        expect(one?.origin).toMatchObject({ legacyDistrict: "Quảng Ninh", areaCode: "quang-ninh" })
      })

      it("filters by star level among certifications in force only", async () => {
        const { list } = await card("", "&star_level=4")
        expect(list.map((product) => product.title)).toEqual(["Đũa gỗ Quảng Thủy"])
      })

      it("filters by group, area, producer type and showroom, and combines them", async () => {
        expect((await card("", "&group=handicrafts")).list.map((p) => p.title)).toEqual(["Đũa gỗ Quảng Thủy"])
        expect((await card("", "&area=bo-trach")).list.map((p) => p.title).sort(vietnamese)).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm chay Tuấn Linh"])
        expect((await card("", "&producer_type=cooperative,household_business")).list).toHaveLength(3)
        expect((await card("", `&showroom=${fixture.showroom.handle}`)).list.map((p) => p.title)).toEqual(["Nước mắm chay Tuấn Linh"])
        expect((await card("", "&area=bo-trach&star_level=3")).list.map((p) => p.title)).toEqual(["Nước mắm chay Tuấn Linh"])
      })

      it("refuses an unknown filter value or parameter with 400 and a sentence", async () => {
        const bad = await send(http.get("/store/ocop/products?star_level=7", store))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/star_level is 3, 4 or 5/)
        const unknown = await send(http.get("/store/ocop/products?colour=red", store))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/colour/)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("gives the history, the producer's profile and stock per showroom", async () => {
        const { data } = await http.get("/store/ocop/products/nuoc-mam-chay-tuan-linh", store)
        expect(data.product).toMatchObject({
          title: "Nước mắm chay Tuấn Linh",
          producerProfile: { name: "HTX Tuấn Linh", phone: "0912000001", commune: "Đông Trạch", legacyCommune: "Sơn Lộc" },
          availability: [{ showroomName: "Điểm bán OCOP Bố Trạch", quantity: 5 }],
        })
        expect(data.product.certificationHistory).toHaveLength(1)
        // the variant is what the product page puts in the cart
        expect(data.product.variants).toEqual([{ id: expect.stringMatching(/^variant_/), title: "Chai 500 ml" }])
      })

      it("gives every picture in order and the sources of its facts, each once", async () => {
        const { data } = await http.get("/store/ocop/products/nuoc-mam-chay-tuan-linh", store)
        expect(data.product.images.map((image: { url: string }) => image.url)).toEqual(["http://localhost/static/mat-truoc.jpg", "http://localhost/static/mat-sau.jpg"])
        expect(data.product.images[0].id).toEqual(expect.any(String))
        expect(data.product.sources).toEqual(["https://quangbinh.gov.vn/ocop-2023"])
        const bare = await http.get("/store/ocop/products/dua-go-quang-thuy", store)
        expect(bare.data.product).toMatchObject({ images: [], sources: [] })
      })

      it("answers 404 for an unknown product", async () => {
        const response = await send(http.get("/store/ocop/products/khong-co", store))
        expect(response.status).toBe(404)
        expect(response.data.message).toBe('There is no product "khong-co" in this shop.')
      })
    })

    describe("store reference data, producers and showrooms", () => {
      it("lists the six product groups in Vietnamese and English, and the areas", async () => {
        const groups = await http.get("/store/ocop/product-groups", store)
        expect(groups.data.product_groups).toHaveLength(6)
        expect(groups.data.product_groups[0]).toEqual({ code: "food", nameVi: "Thực phẩm", nameEn: "Food", sellable: true })
        const areas = await http.get("/store/ocop/areas", store)
        expect(areas.data.areas.map((area: { code: string }) => area.code)).toEqual(["ba-don", "bo-trach"])
      })

      it("lists producers by type and shows one with its products", async () => {
        const list = await http.get("/store/producers?type=cooperative", store)
        expect(list.data.producers.map((producer: { name: string }) => producer.name)).toEqual(["HTX Tuấn Linh"])
        const one = await http.get(`/store/producers/${fixture.tuanLinh.handle}`, store)
        expect(one.data.producer.products.map((product: { title: string }) => product.title).sort(vietnamese)).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm chay Tuấn Linh"])
        expect((await send(http.get("/store/producers/khong-co", store))).status).toBe(404)
        expect((await send(http.get("/store/producers?type=farm", store))).status).toBe(400)
      })

      it("lists showrooms and shows one with what it has in stock", async () => {
        const list = await http.get("/store/showrooms", store)
        expect(list.data.showrooms).toHaveLength(1)
        expect(list.data.showrooms[0]).toMatchObject({ phone: "02323822123", openingHours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] })
        const one = await http.get(`/store/showrooms/${fixture.showroom.handle}`, store)
        expect(one.data.showroom.stock).toEqual([expect.objectContaining({ quantity: 5, product: expect.objectContaining({ title: "Nước mắm chay Tuấn Linh" }) })])
        expect((await send(http.get("/store/showrooms/khong-co", store))).status).toBe(404)
      })

      it("lets /store/products return the linked OCOP fields", async () => {
        const { data } = await http.get("/store/products?handle=dua-go-quang-thuy&fields=title,*ocop_product,*ocop_product.certifications,*producer", store)
        expect(data.products[0].ocop_product.certifications[0]).toMatchObject({ star_level: 4, decision_number: "1/QĐ-UBND" })
        expect(data.products[0].producer).toMatchObject({ name: "Cơ sở Đũa gỗ" })
      })
    })

    describe("POST /admin/products/:id/certifications", () => {
      const decision = { star_level: 4, group_code: "handicrafts", score: 80, decision_number: "77/QĐ-UBND", decision_date: monthsAgo(1), awarding_level: "province" }

      it("renews the certification: the new one current, the old one in the history", async () => {
        const id = fixture.byTitle("Đũa gỗ Quảng Thủy").id
        const { status, data } = await http.post(`/admin/products/${id}/certifications`, decision, admin)
        expect(status).toBe(200)
        expect(data.ocop.certifications.map((c: { decisionNumber: string; state: string }) => [c.decisionNumber, c.state])).toEqual([
          ["77/QĐ-UBND", "current"],
          ["1/QĐ-UBND", "superseded"],
        ])
        const current = data.ocop.certifications[0]
        expect(current).toMatchObject({ decisionNumber: "77/QĐ-UBND", expiresOn: certificationExpiry(monthsAgo(1)), status: "valid" })
      })

      it("refuses an expiry typed in by hand", async () => {
        const response = await send(http.post(`/admin/products/${fixture.byTitle("Đũa gỗ Quảng Thủy").id}/certifications`, { ...decision, decision_number: "78/QĐ", expires_at: "2030-01-01" }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/expiry cannot be typed in/)
      })

      it("refuses a star level outside 1–5, a score outside its band and a future date, saying why", async () => {
        const id = fixture.byTitle("Đũa gỗ Quảng Thủy").id
        const stars = await send(http.post(`/admin/products/${id}/certifications`, { ...decision, star_level: 7 }, admin))
        expect(stars.status).toBe(400)
        expect(stars.data.message).toMatch(/star level/i)
        const band = await send(http.post(`/admin/products/${id}/certifications`, { ...decision, star_level: 3, score: 95, awarding_level: null }, admin))
        expect(band.data.message).toMatch(/3-star product scores from 50 to under 70/)
        const future = await send(http.post(`/admin/products/${id}/certifications`, { ...decision, decision_date: "2099-01-01", awarding_level: null }, admin))
        expect(future.status).toBe(400)
        expect(future.data.message).toMatch(/in the future/)
      })

      it("answers 409 for a decision number already used, and 404 for an unknown product", async () => {
        const duplicate = await send(http.post(`/admin/products/${fixture.byTitle("Mật ong Hóa Sơn").id}/certifications`, { ...decision, decision_number: "1/QĐ-UBND" }, admin))
        expect(duplicate.status).toBe(409)
        expect(duplicate.data.message).toMatch(/Decision 1\/QĐ-UBND is already recorded/)
        expect((await send(http.post("/admin/products/prod_missing/certifications", decision, admin))).status).toBe(404)
      })

      it("requires an admin login", async () => {
        expect((await send(http.post(`/admin/products/${fixture.byTitle("Đũa gỗ Quảng Thủy").id}/certifications`, decision))).status).toBe(401)
      })
    })

    describe("admin certifications, producers and showrooms", () => {
      it("lists certifications expiring within 90 days, and revokes one keeping it in the history", async () => {
        const expiring = await http.get("/admin/ocop/certifications/expiring", admin)
        expect(expiring.data.certifications.map((c: { product: { title: string } }) => c.product.title)).toEqual(["Nước mắm chay Tuấn Linh"])
        const id = expiring.data.certifications[0].id
        const revoked = await http.post(`/admin/ocop/certifications/${id}/revoke`, { reason: "Không duy trì chất lượng" }, admin)
        expect(revoked.data.certification).toMatchObject({ state: "revoked", status: "revoked", showsBadge: false, revocationReason: "Không duy trì chất lượng" })
        expect((await send(http.post("/admin/ocop/certifications/ocert_missing/revoke", { reason: "test reason" }, admin))).status).toBe(404)
        expect((await send(http.post(`/admin/ocop/certifications/${id}/revoke`, {}, admin))).status).toBe(400)
        const short = await send(http.post(`/admin/ocop/certifications/${id}/revoke`, { reason: "x" }, admin))
        expect(short.data.message).toMatch(/Give a reason of a few words/)
        const product = (await http.get(`/admin/products/${fixture.byTitle("Nước mắm chay Tuấn Linh").id}/ocop`, admin)).data.ocop
        expect(product.certifications[0]).toMatchObject({ state: "revoked", revocationReason: "Không duy trì chất lượng" })
        expect((await http.get("/admin/ocop/areas", admin)).data.areas.map((area: { code: string }) => area.code)).toEqual(["ba-don", "bo-trach"])
      })

      it("creates and updates producers, refusing a phone that is not Vietnamese", async () => {
        const bad = await send(http.post("/admin/producers", { name: "HTX Mới", province: "Quảng Trị", phone: "+1 555 0100" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/not a Vietnamese phone number/)
        const created = await http.post("/admin/producers", { name: "HTX Mới", province: "Quảng Trị", phone: "0905 111 222", type: "cooperative" }, admin)
        expect(created.status).toBe(201)
        expect(created.data.producer).toMatchObject({ handle: "htx-moi", phone: "0905111222" })
        const updated = await http.post(`/admin/producers/${created.data.producer.id}`, { verified: true }, admin)
        expect(updated.data.producer.verified).toBe(true)
        expect((await send(http.post("/admin/producers/pdcr_missing", { verified: true }, admin))).status).toBe(404)
        expect((await send(http.post("/admin/producers", { name: "HTX Mới", province: "Quảng Trị" }, admin))).status).toBe(409)
      })

      it("lists producers with their product counts and shows one with its products", async () => {
        const { data } = await http.get("/admin/producers", admin)
        expect(data.producers.find((producer: { name: string }) => producer.name === "HTX Tuấn Linh")).toMatchObject({ productCount: 2, type: "cooperative" })
        const one = await http.get(`/admin/producers/${fixture.tuanLinh.id}`, admin)
        expect(one.data.producer.products.map((product: { title: string }) => product.title).sort(vietnamese)).toEqual(["Nấm mộc nhĩ Tuấn Linh", "Nước mắm chay Tuấn Linh"])
        expect((await send(http.get("/admin/producers/pdcr_missing", admin))).status).toBe(404)
        expect((await send(http.get("/admin/producers"))).status).toBe(401)
      })

      it("lists showrooms and shows one with its stock levels", async () => {
        const { data } = await http.get("/admin/showrooms", admin)
        expect(data.showrooms.map((showroom: { handle: string }) => showroom.handle)).toContain(fixture.showroom.handle)
        const one = await http.get(`/admin/showrooms/${fixture.showroom.id}`, admin)
        expect(one.data.showroom).toMatchObject({ stock: [expect.objectContaining({ title: "Nước mắm chay Tuấn Linh", stocked: 5, reserved: 0 })] })
        expect(one.data.showroom.stock_location_id).toMatch(/^sloc_/)
        expect((await send(http.get("/admin/showrooms/shwr_missing", admin))).status).toBe(404)
      })

      it("assigns a producer to a product, and refuses an unknown one", async () => {
        const id = fixture.byTitle("Mật ong Hóa Sơn").id
        const { data } = await http.post(`/admin/products/${id}/producer`, { producer_id: fixture.tuanLinh.id }, admin)
        expect(data.ocop.producer).toMatchObject({ name: "HTX Tuấn Linh" })
        expect((await send(http.post(`/admin/products/${id}/producer`, { producer_id: "pdcr_missing" }, admin))).status).toBe(404)
      })

      it("opens, edits and stocks a showroom; refuses bad input and unknown ids", async () => {
        const body = { name: "Điểm bán OCOP Ba Đồn", level: "district", area_code: "ba-don", province: "Quảng Trị", phone: "0912 000 333", opening_hours: [{ days: "mon-sun", opens: "08:00", closes: "18:00" }] }
        const opened = await http.post("/admin/showrooms", body, admin)
        expect(opened.status).toBe(201)
        expect(opened.data.showroom).toMatchObject({ handle: "diem-ban-ocop-ba-don", stock: [] })
        const variant = fixture.byTitle("Đũa gỗ Quảng Thủy").variants[0]!.id
        const stocked = await http.post(`/admin/showrooms/${opened.data.showroom.id}/stock`, { items: [{ variant_id: variant, stocked_quantity: 12 }] }, admin)
        expect(stocked.data.showroom.stock).toEqual([expect.objectContaining({ title: "Đũa gỗ Quảng Thủy", stocked: 12 })])
        expect((await send(http.post(`/admin/showrooms/${opened.data.showroom.id}/stock`, { items: [{ variant_id: variant, stocked_quantity: -1 }] }, admin))).status).toBe(400)
        expect((await send(http.post("/admin/showrooms/shwr_missing/stock", { items: [{ variant_id: variant, stocked_quantity: 1 }] }, admin))).status).toBe(404)
        const edited = await http.post(`/admin/showrooms/${opened.data.showroom.id}`, { phone: "0232 3511 000", opening_hours_text: "Thứ Hai – Chủ nhật, 8:00–18:00" }, admin)
        expect(edited.data.showroom).toMatchObject({ phone: "02323511000", openingHoursText: "Thứ Hai – Chủ nhật, 8:00–18:00", name: "Điểm bán OCOP Ba Đồn" })
        expect((await send(http.post(`/admin/showrooms/${opened.data.showroom.id}`, { area_code: "ha-noi" }, admin))).status).toBe(400)
        expect((await send(http.post("/admin/showrooms/shwr_missing", { phone: "0912000333" }, admin))).status).toBe(404)
        const badPhone = await send(http.post("/admin/showrooms", { ...body, name: "Khác", phone: "123" }, admin))
        expect(badPhone.status).toBe(400)
        expect(badPhone.data.message).toMatch(/"123" is not a Vietnamese phone number/)
      })
    })
  },
})
