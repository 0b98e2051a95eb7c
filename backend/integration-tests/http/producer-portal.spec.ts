import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { useTestOutbox } from "../fixtures/test-outbox"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { certifyProductWorkflow } from "../../src/workflows/ocop/workflows/certify-product"
import { acceptProducerInviteWorkflow } from "../../src/workflows/producer/workflows/accept-producer-invite"
import { createProducerProductWorkflow } from "../../src/workflows/producer/workflows/create-producer-product"
import { assignProductProducerWorkflow } from "../../src/workflows/producer/workflows/assign-product-producer"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"
import { inviteProducerWorkflow } from "../../src/workflows/producer/workflows/invite-producer"
import { updateProducerProductWorkflow } from "../../src/workflows/producer/workflows/update-producer-product"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"

jest.setTimeout(180_000)

// Before the runner boots the app below, which reads its folder from the environment.
const outbox = useTestOutbox("producer")

type Response = { status: number; data: Record<string, any> }
type Http = { get: Function; post: Function }
type Options = { headers: Record<string, string> }

const PASSWORD_A = "mat-khau-htx-a"
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex")
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

/** Polls until `check` passes: the search index follows the catalogue through events. */
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

/** Two producers with a live product each (linked by staff), a showroom holding A's, and B with an account. */
async function arrange(container: MedusaContainer) {
  const ids = await seedTestShop(container)
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants"] })
  const byTitle = (title: string) => products.find((product) => product.title === title)!
  const { result: producers } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        { name: "HTX Tuấn Linh", type: "cooperative", province: "Quảng Trị", phone: "0912000001" },
        { name: "HTX Đũa gỗ Quảng Thủy", type: "cooperative", province: "Quảng Trị" },
      ],
    },
  })
  const a = producers[0]!
  const b = producers[1]!
  await assignProductProducerWorkflow(container).run({ input: { product_id: byTitle("Nước mắm chay Tuấn Linh").id, producer_id: a.id } })
  await assignProductProducerWorkflow(container).run({ input: { product_id: byTitle("Đũa gỗ Quảng Thủy").id, producer_id: b.id } })
  await certifyProductWorkflow(container).run({
    input: { product_id: byTitle("Nước mắm chay Tuấn Linh").id, group_code: "food", star_level: 4, decision_number: "9/QĐ-UBND", decision_date: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) },
  })
  await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([{ code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district", rank: 3 }])
  const { result: showroom } = await openShowroomWorkflow(container).run({
    input: { name: "Điểm bán OCOP Bố Trạch", level: "district", area_code: "bo-trach", province: "Quảng Trị", phone: "0232 3822 123", opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
  })
  await stockShowroomWorkflow(container).run({ input: { showroom_id: showroom.id, items: [{ variant_id: byTitle("Nước mắm chay Tuấn Linh").variants[0]!.id, stocked_quantity: 7 }] } })

  // B's account and one document, one product of their own and an order holding only B's lines
  const { result: inviteB } = await inviteProducerWorkflow(container).run({ input: { producer_id: b.id, email: "duago@example.vn" } })
  await acceptProducerInviteWorkflow(container).run({ input: { token: new URL(inviteB.url).searchParams.get("token")!, password: "mat-khau-htx-b" } })
  const documentB = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).createCertificationDocuments({
    producer_id: b.id,
    title: "Quyết định 7/QĐ-UBND",
    file_id: "file_b",
    url: "http://localhost/static/qd-7.pdf",
    filename: "qd-7.pdf",
    mime_type: "application/pdf",
    size: 100,
  })

  const order = (items: Array<{ product: ReturnType<typeof byTitle>; quantity: number }>, extra: Record<string, unknown> = {}) =>
    container.resolve(Modules.ORDER).createOrders({
      region_id: ids.regionId,
      sales_channel_id: ids.salesChannelId,
      currency_code: "vnd",
      email: "khach@example.vn",
      items: items.map(({ product, quantity }) => ({
        title: product.title,
        product_title: product.title,
        product_id: product.id,
        variant_id: product.variants[0]!.id,
        variant_title: product.variants[0]!.title,
        quantity,
        unit_price: product.title.startsWith("Nước") ? 85000 : 150000,
      })),
      ...extra,
    })
  const mixed = await order([{ product: byTitle("Nước mắm chay Tuấn Linh"), quantity: 2 }, { product: byTitle("Đũa gỗ Quảng Thủy"), quantity: 1 }], {
    metadata: { delivery_method: "pickup", pickup_showroom_id: showroom.id },
  })
  const cancelled = await order([{ product: byTitle("Nước mắm chay Tuấn Linh"), quantity: 5 }], { status: "canceled", metadata: { delivery_method: "delivery" } })
  const onlyB = await order([{ product: byTitle("Đũa gỗ Quảng Thủy"), quantity: 3 }], { metadata: { delivery_method: "delivery" } })
  return { a, b, byTitle, showroom, documentB, orders: { mixed, cancelled, onlyB } }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    const send = (call: Promise<Response>): Promise<Response> => call.catch((error: { response: Response }) => error.response)
    let fixture: Awaited<ReturnType<typeof arrange>>
    let store: Options
    let admin: Options
    let producerA: Options
    let producerB: Options
    let productB: string

    const login = async (email: string, password: string): Promise<Options> => {
      const { data } = await http.post(`/auth/producer/emailpass`, { email, password })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }
    const upload = (path: string, files: Array<{ name: string; content: Buffer; type: string }>, as: Options, fields: Record<string, string> = {}) => {
      const form = new FormData()
      for (const file of files) {
        form.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
      }
      for (const [key, value] of Object.entries(fields)) {
        form.append(key, value)
      }
      return send(http.post(path, form, as))
    }
    const newProduct = (as: Options, body: Record<string, unknown> = {}) =>
      send(http.post("/producer/products", { title: "Mật ong rừng Tuấn Linh", variants: [{ title: "Chai 500 ml", price: 250000, weight: 700 }], ...body }, as))
    const storeProduct = async (id: string) => (await send(http.get(`/store/products/${id}?fields=title,status`, store))) as Response

    beforeAll(async () => {
      const container = getContainer()
      fixture = await arrange(container)
      ;({ store, admin } = await shopHeaders(http, container))
      // A opens the account the way a producer does: staff invite from the admin, the link sets a password
      await http.post(`/admin/producers/${fixture.a.id}/invite`, { email: "tuanlinh@example.vn" }, admin)
      const message = await outbox.waitFor({ to: "tuanlinh@example.vn", template: "producer-invite" })
      const token = new URL(/https:\S+/.exec(message.text)![0]).searchParams.get("token")!
      await http.post("/producer/invites/accept", { token, password: PASSWORD_A })
      producerA = await login("tuanlinh@example.vn", PASSWORD_A)
      producerB = await login("duago@example.vn", "mat-khau-htx-b")
      productB = (await newProduct(producerB, { title: "Đũa tre Quảng Thủy" })).data.product.id
    })

    describe("producer accounts", () => {
      it("staff invite by email in Vietnamese; the link opens the account once, bound to that producer", async () => {
        const { data } = await http.get("/producer/me", producerA)
        expect(data.producer).toMatchObject({ id: fixture.a.id, name: "HTX Tuấn Linh" })
        const message = await outbox.waitFor({ to: "tuanlinh@example.vn", template: "producer-invite" })
        expect(message).toMatchObject({ locale: "vi", subject: "Mời HTX Tuấn Linh mở tài khoản nhà sản xuất trên Chợ OCOP" })
        const link = new URL(/https:\S+/.exec(message.text)![0])
        expect(link.origin + link.pathname).toBe("https://cho-ocop.example.vn/vi/nha-san-xuat/loi-moi")
        const again = await send(http.post("/producer/invites/accept", { token: link.searchParams.get("token"), password: "mat-khau-khac-1" }))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already used/)
        expect((await send(http.post("/auth/producer/emailpass", { email: "tuanlinh@example.vn", password: "mat-khau-khac-1" }))).status).toBe(401)
        const account = await http.get(`/admin/producers/${fixture.a.id}/account`, admin)
        expect(account.data).toMatchObject({ account: { email: "tuanlinh@example.vn" }, invite: null })
      })

      it("refuses a second account for a producer, an email another account uses, and a bad address", async () => {
        const twice = await send(http.post(`/admin/producers/${fixture.a.id}/invite`, { email: "khac@example.vn" }, admin))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already has an account/)
        const { result: [c] } = await createProducersWorkflow(getContainer()).run({ input: { producers: [{ name: "Cơ sở Khoai deo", province: "Quảng Trị" }] } })
        const taken = await send(http.post(`/admin/producers/${c!.id}/invite`, { email: "duago@example.vn" }, admin))
        expect(taken.status).toBe(409)
        const bad = await send(http.post(`/admin/producers/${c!.id}/invite`, { email: "not-an-email" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/email must be an email address/)
        expect((await send(http.post(`/admin/producers/pdcr_nobody/invite`, { email: "x@example.vn" }, admin))).status).toBe(404)
        expect((await send(http.post(`/admin/producers/${c!.id}/invite`, { email: "x@example.vn" }, producerA))).status).toBe(401)
      })

      it("a newer invitation replaces the older link; an expired or unknown one is refused; a short password too", async () => {
        const container = getContainer()
        const { result: [c] } = await createProducersWorkflow(container).run({ input: { producers: [{ name: "Cơ sở Khoai deo", province: "Quảng Trị" }] } })
        const first = (await http.post(`/admin/producers/${c!.id}/invite`, { email: "khoai@example.vn" }, admin)).data.invite
        const second = (await http.post(`/admin/producers/${c!.id}/invite`, { email: "khoai@example.vn", locale: "en" }, admin)).data.invite
        expect(second.url).toMatch(/^https:\/\/cho-ocop\.example\.vn\/en\/producer\/invite\?token=/)
        const tokenOf = (invite: { url: string }) => new URL(invite.url).searchParams.get("token")
        const replaced = await send(http.post("/producer/invites/accept", { token: tokenOf(first), password: "mat-khau-dai-1" }))
        expect(replaced.status).toBe(400)
        expect(replaced.data.message).toMatch(/newer invitation/)
        const short = await send(http.post("/producer/invites/accept", { token: tokenOf(second), password: "ngan" }))
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/at least 8 characters/)
        expect((await send(http.post("/producer/invites/accept", { token: "made-up", password: "mat-khau-dai-1" }))).status).toBe(404)
        const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
        await service.updateProducerInvites({ id: second.id, expires_at: new Date(Date.now() - 1000) })
        const expired = await send(http.post("/producer/invites/accept", { token: tokenOf(second), password: "mat-khau-dai-1" }))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/expired/)
        // nothing was opened half-way: no login exists for that email
        expect(await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: "khoai@example.vn" })).toEqual([])
      })

      it("resets a forgotten password through the portal's page", async () => {
        expect((await http.post("/auth/producer/emailpass/reset-password", { identifier: "tuanlinh@example.vn" })).status).toBe(201)
        const message = await outbox.waitFor({ to: "tuanlinh@example.vn", template: "password-reset" })
        const link = new URL(/https:\S+/.exec(message.text)![0])
        expect(link.origin + link.pathname).toBe("https://cho-ocop.example.vn/vi/nha-san-xuat/dat-lai-mat-khau")
        const token = link.searchParams.get("token")!
        await http.post("/auth/producer/emailpass/update", { email: "tuanlinh@example.vn", password: "mat-khau-moi-2" }, { headers: { authorization: `Bearer ${token}` } })
        const renewed = await login("tuanlinh@example.vn", "mat-khau-moi-2")
        expect((await http.get("/producer/me", renewed)).data.producer.id).toBe(fixture.a.id)
        expect((await send(http.post("/auth/producer/emailpass", { email: "tuanlinh@example.vn", password: PASSWORD_A }))).status).toBe(401)
      })

      it("lets no one else in: no login, a shopper's login or staff's login answer 401", async () => {
        const customer = await http.post("/auth/customer/emailpass/register", { email: "khach2@example.vn", password: "mat-khau-khach" })
        const shopper = { headers: { authorization: `Bearer ${customer.data.token}` } }
        for (const as of [{ headers: {} }, shopper, admin]) {
          expect((await send(http.get("/producer/me", as))).status).toBe(401)
          expect((await send(http.get("/producer/products", as))).status).toBe(401)
        }
      })
    })

    describe("GET/POST /producer/me", () => {
      it("changes the story, contact and street address, not the name, the province or the verification", async () => {
        const { data } = await http.post(
          "/producer/me",
          { story_vi: "Chúng tôi trồng nấm sạch.", story_en: "We grow clean mushrooms.", phone: "0912 000 002", email: "htx@tuanlinh.vn", street: "Thôn 3, xã Bố Trạch" },
          producerA
        )
        expect(data.producer).toMatchObject({ storyVi: "Chúng tôi trồng nấm sạch.", storyEn: "We grow clean mushrooms.", phone: "0912000002", email: "htx@tuanlinh.vn", street: "Thôn 3, xã Bố Trạch", name: "HTX Tuấn Linh" })
        expect((await http.get("/producer/me", producerA)).data.producer.street).toBe("Thôn 3, xã Bố Trạch")
        // the shop shows the new story on the producer's public page
        const shown = await http.get(`/store/producers/${fixture.a.handle}`, store)
        expect(shown.data.producer.storyVi).toBe("Chúng tôi trồng nấm sạch.")
        // B's profile is untouched
        expect((await http.get("/producer/me", producerB)).data.producer).toMatchObject({ id: fixture.b.id, storyVi: null, street: null })
        for (const field of [{ name: "Tên khác" }, { verified: true }, { province: "Hà Nội" }, { id: fixture.b.id }]) {
          expect((await send(http.post("/producer/me", field, producerA))).status).toBe(400)
        }
      })

      it("refuses a phone or email that is not one with a code the portal translates, keeping the profile as it was", async () => {
        const phone = await send(http.post("/producer/me", { phone: "12345", story_vi: "Không được lưu." }, producerA))
        expect(phone.status).toBe(400)
        expect(phone.data).toMatchObject({ code: "invalid_phone", message: expect.stringMatching(/not a Vietnamese phone number/) })
        const email = await send(http.post("/producer/me", { email: "htx-at-tuanlinh" }, producerA))
        expect(email.status).toBe(400)
        expect(email.data).toMatchObject({ code: "invalid_email", message: expect.stringMatching(/not an email address/) })
        expect((await http.get("/producer/me", producerA)).data.producer).toMatchObject({ phone: "0912000001", storyVi: null })
      })

      it("takes a logo picture and refuses anything else", async () => {
        const { status, data } = await upload("/producer/me/logo", [{ name: "logo.png", content: PNG, type: "image/png" }], producerA)
        expect(status).toBe(200)
        expect(data.producer.logoUrl).toMatch(/logo/)
        const text = await upload("/producer/me/logo", [{ name: "logo.png", content: Buffer.from("not a picture"), type: "image/png" }], producerA)
        expect(text.status).toBe(400)
        expect(text.data.code).toBe("not_a_picture")
        const pdf = await upload("/producer/me/logo", [{ name: "logo.pdf", content: PDF, type: "application/pdf" }], producerA)
        expect(pdf.data).toMatchObject({ code: "not_a_picture" })
        const big = await upload("/producer/me/logo", [{ name: "logo.png", content: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), type: "image/png" }], producerA)
        expect(big.status).toBe(400)
        expect(big.data.code).toBe("file_too_large")
        expect((await http.get("/producer/me", producerA)).data.producer.logoUrl).toBe(data.producer.logoUrl)
      })
    })

    describe("POST /producer/products", () => {
      it("starts an unpublished draft with its packs in đồng, which the shop does not show", async () => {
        const { status, data } = await newProduct(producerA, { title_en: "Tuan Linh wild honey", description: "Mật ong hoa rừng." })
        expect(status).toBe(201)
        expect(data.product).toMatchObject({
          stage: "draft",
          live: null,
          draft: { title: "Mật ong rừng Tuấn Linh", titleEn: "Tuan Linh wild honey", description: "Mật ong hoa rừng.", images: [], packs: [{ title: "Chai 500 ml", price: 250000, weight: 700 }] },
        })
        expect((await storeProduct(data.product.id)).status).toBe(404)
        const list = await http.get("/producer/products", producerA)
        expect(list.data.products.map((product: { draft: { title: string } }) => product.draft.title)).toEqual(["Mật ong rừng Tuấn Linh", "Nước mắm chay Tuấn Linh"])
      })

      it("refuses a price of zero, below zero, with decimals or over a billion đồng, an empty title and no pack, saving nothing", async () => {
        const before = await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        const cases: Array<[Record<string, unknown>, RegExp]> = [
          [{ variants: [{ title: "Chai", price: 0 }] }, /more than 0 đồng/],
          [{ variants: [{ title: "Chai", price: -5000 }] }, /more than 0 đồng/],
          [{ variants: [{ title: "Chai", price: 12500.5 }] }, /whole number of đồng/],
          [{ variants: [{ title: "Chai", price: "125.000" }] }, /whole number of đồng/],
          [{ variants: [{ title: "Chai", price: 1_000_000_001 }] }, /at most 1\.000\.000\.000 ₫/],
          [{ title: "   " }, /title \(in Vietnamese\) is required/],
          [{ variants: [] }, /at least one pack/],
          [{ variants: [{ title: "Chai", price: 1000 }, { title: "chai", price: 2000 }] }, /two packs have the same one/],
          [{ status: "published" }, /status/],
        ]
        for (const [body, message] of cases) {
          const response = await newProduct(producerA, body)
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        expect(await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).toHaveLength(before.length)
      })
    })

    describe("a new product's way to the shop", () => {
      it("pictures: a real picture is stored; a text file called .jpg, or one over 5 MB, is refused", async () => {
        const id = (await newProduct(producerA)).data.product.id
        const added = await upload(`/producer/products/${id}/images`, [{ name: "mat-ong.png", content: PNG, type: "image/png" }], producerA)
        expect(added.status).toBe(201)
        expect(added.data.product.draft.images).toEqual([expect.stringMatching(/mat-ong/)])
        const fake = await upload(`/producer/products/${id}/images`, [{ name: "anh.jpg", content: Buffer.from("hello"), type: "image/jpeg" }], producerA)
        expect(fake.status).toBe(400)
        expect(fake.data).toMatchObject({ code: "not_a_picture", message: '"anh.jpg" is not a picture (JPEG, PNG, WebP or GIF).' })
        const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
        const tooBig = await upload(`/producer/products/${id}/images`, [{ name: "to.png", content: big, type: "image/png" }], producerA)
        expect(tooBig.status).toBe(400)
        expect(tooBig.data).toMatchObject({ code: "file_too_large", message: expect.stringMatching(/larger than 5 MB/) })
        expect((await http.get(`/producer/products/${id}`, producerA)).data.product.draft.images).toHaveLength(1)
        // a picture from elsewhere cannot be slipped in
        const foreign = await send(http.post(`/producer/products/${id}`, { images: ["http://evil.example/x.png"] }, producerA))
        expect(foreign.status).toBe(400)
      })

      it("edits Vietnamese and English text and packs in place while it was never approved", async () => {
        const id = (await newProduct(producerA)).data.product.id
        const pack = (await http.get(`/producer/products/${id}`, producerA)).data.product.draft.packs[0]
        const { status, data } = await send(
          http.post(
            `/producer/products/${id}`,
            { title: "Mật ong rừng", description_en: "Wild flower honey.", variants: [{ id: pack.id, title: "Chai 500 ml", price: 260000, weight: 700 }, { title: "Chai 1 lít", price: 480000, weight: 1400 }] },
            producerA
          )
        )
        expect(data.message).toBeUndefined()
        expect(status).toBe(200)
        expect(data.product).toMatchObject({ stage: "draft", draft: { title: "Mật ong rừng", descriptionEn: "Wild flower honey.", packs: [{ id: pack.id, price: 260000 }, { title: "Chai 1 lít", price: 480000, weight: 1400 }] } })
        const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id }, { relations: ["variants"] })
        expect(product).toMatchObject({ title: "Mật ong rừng", status: "draft" })
        expect(product!.variants).toHaveLength(2)
        const empty = await send(http.post(`/producer/products/${id}`, { title: "" }, producerA))
        expect(empty.status).toBe(400)
        expect((await send(http.post(`/producer/products/${id}`, { variants: [{ title: "Chai", price: 1.5 }] }, producerA))).status).toBe(400)
      })

      it("removes and reorders pictures and removes a pack before it is sent; another producer's pack is a 404", async () => {
        const id = (await newProduct(producerA, { variants: [{ title: "Chai 500 ml", price: 250000, weight: 700 }, { title: "Chai 1 lít", price: 480000, weight: 1400 }] })).data.product.id
        await upload(`/producer/products/${id}/images`, [{ name: "mat-ong-1.png", content: PNG, type: "image/png" }], producerA)
        await upload(`/producer/products/${id}/images`, [{ name: "mat-ong-2.png", content: PNG, type: "image/png" }], producerA)
        await upload(`/producer/products/${id}/images`, [{ name: "mat-ong-3.png", content: PNG, type: "image/png" }], producerA)
        const draft = (await http.get(`/producer/products/${id}`, producerA)).data.product.draft
        const [first, second, third] = draft.images as string[]
        expect([first, second, third]).toEqual([expect.stringMatching(/mat-ong-1/), expect.stringMatching(/mat-ong-2/), expect.stringMatching(/mat-ong-3/)])
        // the third first, the second removed; the larger pack removed
        const kept = draft.packs.find((pack: { title: string }) => pack.title === "Chai 500 ml")
        const { status, data } = await send(http.post(`/producer/products/${id}`, { images: [third, first], variants: [{ id: kept.id, title: kept.title, price: kept.price, weight: kept.weight }] }, producerA))
        expect(status).toBe(200)
        expect(data.product.draft.images).toEqual([third, first])
        expect(data.product.draft.packs).toEqual([expect.objectContaining({ id: kept.id, title: "Chai 500 ml" })])
        const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id }, { relations: ["variants", "images"] })
        expect(product!.variants.map((variant) => variant.id)).toEqual([kept.id])
        const repeated = await send(http.post(`/producer/products/${id}`, { variants: [{ id: kept.id, title: "Chai", price: 1000 }, { title: "chai ", price: 2000 }] }, producerA))
        expect(repeated.data).toMatchObject({ code: "repeated_pack_name" })
        expect(product!.thumbnail).toBe(third)
        // B's pack and B's picture cannot be slipped into A's product; nothing changes
        await upload(`/producer/products/${productB}/images`, [{ name: "dua.png", content: PNG, type: "image/png" }], producerB)
        const productOfB = (await http.get(`/producer/products/${productB}`, producerB)).data.product.draft
        const foreignPack = await send(http.post(`/producer/products/${id}`, { variants: [{ id: productOfB.packs[0].id, title: "Chai", price: 1000 }] }, producerA))
        expect(foreignPack.status).toBe(404)
        const foreignPicture = await send(http.post(`/producer/products/${id}`, { images: [productOfB.images[0]] }, producerA))
        expect(foreignPicture.status).toBe(400)
        expect(foreignPicture.data.code).toBe("unknown_picture")
        expect((await http.get(`/producer/products/${id}`, producerA)).data.product.draft).toMatchObject({ images: [third, first], packs: [{ id: kept.id }] })
        expect((await http.get(`/producer/products/${productB}`, producerB)).data.product.draft.packs).toHaveLength(1)
      })

      it("is submitted once complete, approved by staff, then sold in the shop and found by search", async () => {
        const id = (await newProduct(producerA)).data.product.id
        const incomplete = await send(http.post(`/producer/products/${id}/submit`, {}, producerA))
        expect(incomplete.status).toBe(400)
        expect(incomplete.data).toMatchObject({ code: "submission_incomplete", message: expect.stringMatching(/at least one picture/) })
        await upload(`/producer/products/${id}/images`, [{ name: "mat-ong.png", content: PNG, type: "image/png" }], producerA)
        const submitted = await http.post(`/producer/products/${id}/submit`, {}, producerA)
        expect(submitted.data.product).toMatchObject({ stage: "pending", submittedAt: expect.any(String) })
        const again = await send(http.post(`/producer/products/${id}/submit`, {}, producerA))
        expect(again.status).toBe(400)
        expect(again.data.code).toBe("already_pending")
        expect((await storeProduct(id)).status).toBe(404)

        const pending = await http.get("/admin/product-reviews", admin)
        const review = pending.data.reviews.find((entry: { productId: string }) => entry.productId === id)
        expect(review).toMatchObject({ status: "pending", isChange: false, producer: { id: fixture.a.id, name: "HTX Tuấn Linh" }, proposed: { title: "Mật ong rừng Tuấn Linh" } })
        expect((await send(http.post(`/admin/product-reviews/${review.id}/approve`, {}, producerA))).status).toBe(401)
        const approved = await http.post(`/admin/product-reviews/${review.id}/approve`, {}, admin)
        expect(approved.data.review.status).toBe("approved")
        expect((await storeProduct(id)).data.product).toMatchObject({ title: "Mật ong rừng Tuấn Linh", status: "published" })
        expect((await http.get(`/producer/products/${id}`, producerA)).data.product).toMatchObject({ stage: "live", changeStage: null, live: { title: "Mật ong rừng Tuấn Linh" } })
        expect((await send(http.post(`/admin/product-reviews/${review.id}/approve`, {}, admin))).status).toBe(400)
        await eventually(async () => {
          const { data } = await http.post("/store/search", { entity: "product", filters: { q: "mat ong rung tuan linh" }, fields: ["title"] }, store)
          expect(data.results[0].hits.map((hit: { document: { title: string } }) => hit.document.title)).toContain("Mật ong rừng Tuấn Linh")
        })
      })

      it("comes back with staff's reason when rejected, and becomes a draft again when changed", async () => {
        const id = (await newProduct(producerA)).data.product.id
        await upload(`/producer/products/${id}/images`, [{ name: "mat-ong.png", content: PNG, type: "image/png" }], producerA)
        await http.post(`/producer/products/${id}/submit`, {}, producerA)
        const review = (await http.get("/admin/product-reviews", admin)).data.reviews.find((entry: { productId: string }) => entry.productId === id)
        expect((await send(http.post(`/admin/product-reviews/${review.id}/reject`, { reason: " " }, admin))).status).toBe(400)
        await http.post(`/admin/product-reviews/${review.id}/reject`, { reason: "Ảnh bị mờ, hãy chụp lại." }, admin)
        expect((await http.get(`/producer/products/${id}`, producerA)).data.product).toMatchObject({ stage: "rejected", rejectionReason: "Ảnh bị mờ, hãy chụp lại." })
        expect((await storeProduct(id)).status).toBe(404)
        const changed = await http.post(`/producer/products/${id}`, { description: "Ảnh mới." }, producerA)
        expect(changed.data.product).toMatchObject({ stage: "draft", rejectionReason: null })
        expect((await http.get("/admin/product-reviews?status=pending", admin)).data.reviews.map((entry: { productId: string }) => entry.productId)).not.toContain(id)
        expect((await send(http.get("/admin/product-reviews?status=nonsense", admin))).status).toBe(400)
      })
    })

    describe("a change to a live product", () => {
      it("is held beside it: the shop keeps the approved version until staff approve the change", async () => {
        const id = fixture.byTitle("Nước mắm chay Tuấn Linh").id
        const current = (await http.get(`/producer/products/${id}`, producerA)).data.product
        expect(current).toMatchObject({ stage: "live", stock: [{ showroomName: "Điểm bán OCOP Bố Trạch", quantity: 7 }], certification: { starLevel: 4, showsBadge: true } })
        const pack = current.draft.packs[0]
        const held = await http.post(`/producer/products/${id}`, { title: "Nước mắm chay Tuấn Linh (mới)", variants: [{ ...pack, price: 90000 }] }, producerA)
        expect(held.data.product).toMatchObject({ stage: "live", changeStage: "draft", live: { title: "Nước mắm chay Tuấn Linh" }, draft: { title: "Nước mắm chay Tuấn Linh (mới)", packs: [{ price: 90000 }] } })
        await upload(`/producer/products/${id}/images`, [{ name: "nhan-moi.png", content: PNG, type: "image/png" }], producerA)
        await http.post(`/producer/products/${id}/submit`, {}, producerA)
        expect((await storeProduct(id)).data.product.title).toBe("Nước mắm chay Tuấn Linh")

        const review = (await http.get("/admin/product-reviews", admin)).data.reviews.find((entry: { productId: string }) => entry.productId === id)
        expect(review).toMatchObject({ isChange: true, live: { title: "Nước mắm chay Tuấn Linh" }, proposed: { title: "Nước mắm chay Tuấn Linh (mới)" } })
        await http.post(`/admin/product-reviews/${review.id}/approve`, {}, admin)
        const shown = await http.get(`/store/products/${id}?fields=title,*images,*variants.calculated_price&region_id=${(await getContainer().resolve(Modules.REGION).listRegions())[0]!.id}`, store)
        expect(shown.data.product.title).toBe("Nước mắm chay Tuấn Linh (mới)")
        expect(shown.data.product.images.map((image: { url: string }) => image.url)).toEqual([expect.stringMatching(/nhan-moi/)])
        expect(shown.data.product.variants[0].calculated_price.calculated_amount).toBe(90000)
        // the pack kept its stock: same variant, same inventory
        expect((await http.get(`/producer/products/${id}`, producerA)).data.product).toMatchObject({ changeStage: null, stock: [{ quantity: 7 }] })
      })

      it("removes a pack and reorders the pictures of a live product only once staff approve", async () => {
        const id = fixture.byTitle("Nước mắm chay Tuấn Linh").id
        const regionId = (await getContainer().resolve(Modules.REGION).listRegions())[0]!.id
        const shop = async () => (await http.get(`/store/products/${id}?fields=*images,*variants&region_id=${regionId}`, store)).data.product
        const approve = async () => {
          await http.post(`/producer/products/${id}/submit`, {}, producerA)
          const review = (await http.get("/admin/product-reviews", admin)).data.reviews.find((entry: { productId: string }) => entry.productId === id)
          await http.post(`/admin/product-reviews/${review.id}/approve`, {}, admin)
        }
        const pack = (await http.get(`/producer/products/${id}`, producerA)).data.product.draft.packs[0]
        await upload(`/producer/products/${id}/images`, [{ name: "chai-truoc.png", content: PNG, type: "image/png" }, { name: "chai-sau.png", content: PNG, type: "image/png" }], producerA)
        await http.post(`/producer/products/${id}`, { variants: [pack, { title: "Can 2 lít", price: 300000, weight: 2200 }] }, producerA)
        await approve()
        const before = await shop()
        expect(before.variants).toHaveLength(2)
        const urls = (before.images as Array<{ url: string }>).map((image) => image.url)
        expect(urls).toEqual(expect.arrayContaining([expect.stringMatching(/chai-truoc/), expect.stringMatching(/chai-sau/)]))

        const reordered = [...urls].reverse()
        const held = await http.post(`/producer/products/${id}`, { images: reordered, variants: [pack] }, producerA)
        expect(held.data.product).toMatchObject({ changeStage: "draft", draft: { images: reordered, packs: [{ id: pack.id }] } })
        expect((await shop()).variants).toHaveLength(2)
        await approve()
        const after = await shop()
        expect(after.variants.map((variant: { id: string }) => variant.id)).toEqual([pack.id])
        const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id }, { relations: ["images"] })
        expect([...product!.images].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((image) => image.url)).toEqual(reordered)
        expect(product!.thumbnail).toBe(reordered[0])
      })

      it("refuses to send a live product with nothing changed", async () => {
        const response = await send(http.post(`/producer/products/${fixture.byTitle("Nước mắm chay Tuấn Linh").id}/submit`, {}, producerA))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "nothing_to_submit", message: expect.stringMatching(/Nothing to send/) })
      })

      it("leaves the certification to staff: the producer cannot record or change it", async () => {
        const id = fixture.byTitle("Nước mắm chay Tuấn Linh").id
        const certify = await send(http.post(`/admin/products/${id}/certifications`, { star_level: 5, group_code: "food", decision_date: "2026-01-01" }, producerA))
        expect(certify.status).toBe(401)
        expect((await send(http.post(`/producer/products/${id}`, { certification: { star_level: 5 } }, producerA))).status).toBe(400)
      })
    })

    describe("certification documents", () => {
      it("takes a PDF with its title for staff, who see it on the producer", async () => {
        const { status, data } = await upload("/producer/documents", [{ name: "quyet-dinh.pdf", content: PDF, type: "application/pdf" }], producerA, { title: "Quyết định 9/QĐ-UBND" })
        expect(status).toBe(201)
        expect(data.document).toMatchObject({ title: "Quyết định 9/QĐ-UBND", mimeType: "application/pdf", filename: "quyet-dinh.pdf", status: "pending", refusalReason: null })
        expect((await http.get(`/producer/documents/${data.document.id}`, producerA)).data.document.id).toBe(data.document.id)
        const staff = await http.get(`/admin/producers/${fixture.a.id}/documents`, admin)
        expect(staff.data.documents.map((document: { id: string }) => document.id)).toEqual([data.document.id])
      })

      it("shows the producer staff's check: refused with the reason, then accepted", async () => {
        const id = (await upload("/producer/documents", [{ name: "qd.png", content: PNG, type: "image/png" }], producerA, { title: "Quyết định 9/QĐ-UBND" })).data.document.id
        const review = (body: Record<string, unknown>, producerId = fixture.a.id, documentId = id) => send(http.post(`/admin/producers/${producerId}/documents/${documentId}/review`, body, admin))
        const refused = await review({ status: "refused", reason: "Ảnh bị mờ, không đọc được số quyết định." })
        expect(refused.status).toBe(200)
        expect(refused.data.document).toMatchObject({ status: "refused", refusalReason: "Ảnh bị mờ, không đọc được số quyết định.", reviewedAt: expect.any(String) })
        expect((await http.get("/producer/documents", producerA)).data.documents).toEqual([expect.objectContaining({ id, status: "refused", refusalReason: "Ảnh bị mờ, không đọc được số quyết định." })])
        const accepted = await review({ status: "accepted", reason: "ignored" })
        expect(accepted.data.document).toMatchObject({ status: "accepted", refusalReason: null })
        expect((await http.get(`/producer/documents/${id}`, producerA)).data.document.status).toBe("accepted")
      })

      it("refuses a check without a reason or with an unknown status, and another producer's document under this one", async () => {
        const id = (await upload("/producer/documents", [{ name: "qd.pdf", content: PDF, type: "application/pdf" }], producerA, { title: "QĐ 9" })).data.document.id
        const url = (producerId: string, documentId: string) => `/admin/producers/${producerId}/documents/${documentId}/review`
        const noReason = await send(http.post(url(fixture.a.id, id), { status: "refused", reason: " " }, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason is required when refusing/)
        expect((await send(http.post(url(fixture.a.id, id), { status: "approved" }, admin))).status).toBe(400)
        expect((await send(http.post(url(fixture.a.id, fixture.documentB.id), { status: "accepted" }, admin))).status).toBe(404)
        expect((await send(http.post(url(fixture.a.id, id), { status: "accepted" }, producerA))).status).toBe(401)
        expect((await http.get(`/producer/documents/${id}`, producerA)).data.document).toMatchObject({ status: "pending", reviewedAt: null })
        const [documentB] = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).listCertificationDocuments({ id: fixture.documentB.id })
        expect(documentB).toMatchObject({ status: "pending" })
      })

      it("refuses a file that is neither PDF nor picture, one over 5 MB, and a document without a title", async () => {
        const text = await upload("/producer/documents", [{ name: "qd.pdf", content: Buffer.from("just text"), type: "application/pdf" }], producerA, { title: "QĐ" })
        expect(text.status).toBe(400)
        expect(text.data).toMatchObject({ code: "not_a_picture_or_pdf", message: expect.stringMatching(/not a PDF or a picture/) })
        const big = await upload("/producer/documents", [{ name: "qd.pdf", content: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), type: "application/pdf" }], producerA, { title: "QĐ" })
        expect(big.status).toBe(400)
        expect(big.data.code).toBe("file_too_large")
        const untitled = await upload("/producer/documents", [{ name: "qd.pdf", content: PDF, type: "application/pdf" }], producerA)
        expect(untitled.status).toBe(400)
        expect(untitled.data.code).toBe("document_title_required")
        expect((await http.get("/producer/documents", producerA)).data.documents).toEqual([])
      })
    })

    describe("orders and sales", () => {
      it("lists orders holding the producer's products with only their lines, the showroom and the status", async () => {
        const { data } = await http.get("/producer/orders", producerA)
        expect(data.orders.map((order: { id: string }) => order.id).sort()).toEqual([fixture.orders.mixed.id, fixture.orders.cancelled.id].sort())
        const mixed = data.orders.find((order: { id: string }) => order.id === fixture.orders.mixed.id)
        expect(mixed).toMatchObject({ deliveryMethod: "pickup", showroom: { name: "Điểm bán OCOP Bố Trạch" }, total: 170000, lines: [{ title: "Nước mắm chay Tuấn Linh", quantity: 2, unitPrice: 85000 }] })
        expect((await http.get(`/producer/orders/${fixture.orders.mixed.id}`, producerA)).data.order.lines).toHaveLength(1)
      })

      it("sums this month's sales without cancelled orders", async () => {
        const { data } = await http.get("/producer/sales?months=2", producerA)
        expect(data.months).toHaveLength(2)
        expect(data.months[1]).toMatchObject({ orders: 1, units: 2, revenue: 170000 })
        expect((await send(http.get("/producer/sales?months=0", producerA))).status).toBe(400)
      })
    })

    describe("one producer never reaches another's", () => {
      it("answers 404 for B's product, document and order on every route, and lists none of them", async () => {
        const liveB = fixture.byTitle("Đũa gỗ Quảng Thủy").id
        for (const id of [productB, liveB]) {
          expect((await send(http.get(`/producer/products/${id}`, producerA))).status).toBe(404)
          expect((await send(http.post(`/producer/products/${id}`, { title: "Của tôi" }, producerA))).status).toBe(404)
          expect((await send(http.post(`/producer/products/${id}/submit`, {}, producerA))).status).toBe(404)
          expect((await upload(`/producer/products/${id}/images`, [{ name: "a.png", content: PNG, type: "image/png" }], producerA)).status).toBe(404)
        }
        expect((await send(http.get(`/producer/documents/${fixture.documentB.id}`, producerA))).status).toBe(404)
        expect((await send(http.get(`/producer/orders/${fixture.orders.onlyB.id}`, producerA))).status).toBe(404)
        const ids = (await http.get("/producer/products", producerA)).data.products.map((product: { id: string }) => product.id)
        expect(ids).not.toContain(productB)
        expect(ids).not.toContain(liveB)
        const orders = (await http.get("/producer/orders", producerA)).data.orders
        expect(orders.map((order: { id: string }) => order.id)).not.toContain(fixture.orders.onlyB.id)
        expect(JSON.stringify(orders)).not.toContain("Đũa gỗ")
        // B's product is untouched and B still sees it as before
        expect((await http.get(`/producer/products/${productB}`, producerB)).data.product.draft.title).toBe("Đũa tre Quảng Thủy")
        const [stillB] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id: productB }, { relations: ["images"] })
        expect(stillB).toMatchObject({ title: "Đũa tre Quảng Thủy", images: [] })
      })
    })

    describe("workflows undo what they wrote", () => {
      it("a product whose review cannot be opened is not left behind", async () => {
        const container = getContainer()
        const before = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        const { errors } = await createProducerProductWorkflow(container).run({
          input: { producer_id: "pdcr_gone", content: { title: "Bánh mè", title_en: null, description: null, description_en: null, images: [], variants: [{ title: "Gói", price: 45000, weight: null }] } },
          throwOnError: false,
        })
        expect(errors).not.toHaveLength(0)
        expect(await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).toHaveLength(before.length)
      })

      it("a change refused part-way leaves the product and its review as they were", async () => {
        const container = getContainer()
        const id = (await newProduct(producerA)).data.product.id
        const { errors } = await updateProducerProductWorkflow(container).run({
          input: { producer_id: fixture.a.id, product_id: id, change: { title: "Tên mới", variants: [{ id: "variant_made_up", title: "Chai", price: 1000, weight: null }] } },
          throwOnError: false,
        })
        expect(errors[0]?.error.message).toMatch(/has no pack with id variant_made_up/)
        const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id })
        expect(product!.title).toBe("Mật ong rừng Tuấn Linh")
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["product_review.status"], filters: { id } })
        expect((data[0] as { product_review: { status: string } }).product_review.status).toBe("draft")
      })
    })
  },
})
