import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { httpClient, type Reply } from "../fixtures/http-client"
import { districtShowroom, TEST_CONTACT, TEST_HOME_ADDRESS } from "../fixtures/test-checkout"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { useTestOutbox } from "../fixtures/test-outbox"
import { OPERATOR_MODULE } from "../../src/modules/operator"
import type OperatorModuleService from "../../src/modules/operator/service"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"

jest.setTimeout(180_000)

// Before the runner boots the app below, which reads its folder from the environment.
const outbox = useTestOutbox("operations")

type Http = { get: Function; post: Function; delete: Function }

const FISH_SAUCE = "nuoc-mam-chay-tuan-linh"
const DEACTIVATED = "This operator account has been deactivated by province staff. Ask them to reactivate it."
const MUSHROOMS = "nam-moc-nhi-tuan-linh"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    let storeHeaders: Record<string, string> = {}
    let adminHeaders: Record<string, string> = {}
    let regionId = ""
    const variants: Record<string, string> = {}
    const showrooms: Record<string, { id: string; location_id: string; sales_channel_id: string }> = {}
    const store = httpClient(http, () => storeHeaders)
    const admin = httpClient(http, () => adminHeaders)
    const tokens: Record<string, string> = {}
    const operator = (who: string) => httpClient(http, () => ({ authorization: `Bearer ${tokens[who]}` }))

    const createOperator = (body: Record<string, unknown>) => admin("post", "/admin/operators", { password: "quay-ban-2025", name: "Trần Thị Bình", ...body })

    const operatorId = async (email: string) => (await getContainer().resolve<OperatorModuleService>(OPERATOR_MODULE).listOperators({ email }))[0]!.id

    const login = async (email: string, password = "quay-ban-2025") => {
      return httpClient(http, () => ({}))("post", "/auth/operator/emailpass", { email, password })
    }

    /** A placed order: cart, delivery choice, cash or transfer, completion; waits until it is in a queue. */
    const placeOrder = async (lines: Array<[string, number]>, delivery: Record<string, unknown>, providerId: string = PAYMENT_PROVIDER_IDS.cash) => {
      const { data } = await store("post", "/store/carts", { region_id: regionId })
      const cartId = data.cart.id as string
      for (const [handle, quantity] of lines) {
        expect((await store("post", `/store/carts/${cartId}/line-items`, { variant_id: variants[handle], quantity })).status).toBe(200)
      }
      expect((await store("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, ...delivery })).status).toBe(200)
      const { data: collection } = await store("post", "/store/payment-collections", { cart_id: cartId })
      expect((await store("post", `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: providerId })).status).toBe(200)
      const placed = await store("post", `/store/carts/${cartId}/complete`)
      expect(placed.data.type).toBe("order")
      const orderId = placed.data.order.id as string
      const service = getContainer().resolve<OperatorModuleService>(OPERATOR_MODULE)
      for (let tries = 0; tries < 100 && !(await service.listOrderHandlings({ order_id: orderId })).length; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return orderId
    }

    const pickupAt = (handle: string) => ({ method: "pickup", showroom_id: showrooms[handle]!.id })
    const level = async (handle: string, variant: string) => {
      const { data } = await operator("boTrach")("get", `/operator/showrooms/${showrooms[handle]!.id}/stock`)
      return (data.stock as Array<{ variantId: string; stocked: number; reserved: number; available: number }>).find((line) => line.variantId === variants[variant])
    }

    beforeAll(async () => {
      const container = getContainer()
      const ids = await seedTestShop(container)
      regionId = ids.regionId
      const headers = await shopHeaders(http, container)
      storeHeaders = headers.store.headers
      adminHeaders = headers.admin.headers
      const products = await container.resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants"] })
      for (const product of products) variants[product.handle] = product.variants[0]!.id
      await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([
        { code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district" },
        { code: "dong-hoi", name: "Đồng Hới", full_name: "Thành phố Đồng Hới", type: "city" },
      ])
      for (const [handle, name] of [["bo-trach", "Showroom Bố Trạch"], ["dong-hoi", "Showroom Đồng Hới"]] as const) {
        const { result } = await openShowroomWorkflow(container).run({ input: districtShowroom(name, handle) })
        showrooms[handle] = result
        await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: result.location_id, add: [ids.salesChannelId] } })
      }
      await stockShowroomWorkflow(container).run({
        input: { showroom_id: showrooms["bo-trach"]!.id, items: [{ variant_id: variants[FISH_SAUCE]!, stocked_quantity: 10 }, { variant_id: variants[MUSHROOMS]!, stocked_quantity: 4 }] },
      })
      await stockShowroomWorkflow(container).run({ input: { showroom_id: showrooms["dong-hoi"]!.id, items: [{ variant_id: variants[FISH_SAUCE]!, stocked_quantity: 6 }] } })
      for (const [who, body] of [
        ["boTrach", { email: "quay@botrach.vn", showroom_id: showrooms["bo-trach"]!.id }],
        ["dongHoi", { email: "quay@donghoi.vn", showroom_id: showrooms["dong-hoi"]!.id }],
        ["province", { email: "so@quangtri.vn", all_showrooms: true }],
      ] as const) {
        expect((await createOperator(body)).status).toBe(201)
        tokens[who] = (await login(body.email)).data.token
      }
    })

    describe("POST /admin/operators", () => {
      it("creates an operator bound to a showroom, who logs in as actor operator and sees that showroom", async () => {
        const created = await createOperator({ email: "Lan@BoTrach.vn", name: "Lê Thị Lan", phone: "0905 111 222", showroom_id: showrooms["bo-trach"]!.id })
        expect(created.status).toBe(201)
        expect(created.data.operator).toMatchObject({ email: "lan@botrach.vn", name: "Lê Thị Lan", phone: "0905111222", all_showrooms: false, showroom: { id: showrooms["bo-trach"]!.id, name: "Showroom Bố Trạch" } })
        const session = await login("lan@botrach.vn")
        expect(session.status).toBe(200)
        tokens.lan = session.data.token
        const me = await operator("lan")("get", "/operator/me")
        expect(me.status).toBe(200)
        expect(me.data.operator).toMatchObject({ email: "lan@botrach.vn", allShowrooms: false, showrooms: [{ id: showrooms["bo-trach"]!.id, name: "Showroom Bố Trạch", openingHours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] }] })
        const list = await admin("get", "/admin/operators")
        expect(list.data.operators.map((entry: { email: string }) => entry.email)).toEqual(expect.arrayContaining(["lan@botrach.vn", "so@quangtri.vn"]))
      })

      it("gives provincial staff every showroom", async () => {
        const me = await operator("province")("get", "/operator/me")
        expect(me.data.operator.allShowrooms).toBe(true)
        expect(me.data.operator.showrooms.map((entry: { name: string }) => entry.name)).toEqual(["Showroom Bố Trạch", "Showroom Đồng Hới"])
      })

      it("refuses bad accounts with a sentence and leaves nothing half-made", async () => {
        const cases: Array<[Record<string, unknown>, number, string]> = [
          [{ email: "x@y.vn", showroom_id: showrooms["bo-trach"]!.id, all_showrooms: true }, 400, "Give either showroom_id"],
          [{ email: "x@y.vn" }, 400, "Give either showroom_id"],
          [{ email: "x@y.vn", showroom_id: "shwr_missing" }, 404, "There is no showroom with id shwr_missing."],
          [{ email: "quay@botrach.vn", showroom_id: showrooms["bo-trach"]!.id }, 409, "There is already an operator with the email quay@botrach.vn."],
          [{ email: "x@", showroom_id: showrooms["bo-trach"]!.id }, 400, "email is not a valid email address"],
          [{ email: "x@y.vn", password: "short", showroom_id: showrooms["bo-trach"]!.id }, 400, "password is at least 8 characters"],
        ]
        for (const [body, status, message] of cases) {
          const reply = await createOperator(body)
          expect({ status: reply.status, message: reply.data.message }).toEqual({ status, message: expect.stringContaining(message) })
        }
        expect((await login("x@y.vn")).status).toBe(401)
      })

      it("refuses an email that already has a login and rolls the operator record back", async () => {
        const registered = await httpClient(http, () => ({}))("post", "/auth/customer/emailpass/register", { email: "khach@example.vn", password: "mat-khau-123" })
        expect(registered.status).toBe(200)
        const reply = await createOperator({ email: "khach@example.vn", showroom_id: showrooms["bo-trach"]!.id })
        expect(reply.status).toBe(409)
        expect(reply.data.message).toBe("The email khach@example.vn already has a login; give the operator another email.")
        expect(await getContainer().resolve<OperatorModuleService>(OPERATOR_MODULE).listOperators({ email: "khach@example.vn" })).toEqual([])
      })

      it("keeps /operator closed to anyone who is not an operator", async () => {
        expect((await httpClient(http, () => ({}))("get", "/operator/me")).status).toBe(401)
        expect((await httpClient(http, () => adminHeaders)("get", "/operator/orders")).status).toBe(401)
        expect((await login("quay@botrach.vn", "wrong-password")).status).toBe(401)
      })
    })

    describe("operator orders", () => {
      it("queues a pickup order at its showroom only, filterable by status, with the shopper's pickup code kept from the operator", async () => {
        const orderId = await placeOrder([[FISH_SAUCE, 2]], pickupAt("bo-trach"))
        const queue = await operator("boTrach")("get", "/operator/orders?status=placed")
        expect(queue.status).toBe(200)
        const entry = queue.data.orders.find((order: { id: string }) => order.id === orderId)
        expect(entry).toMatchObject({ method: "pickup", status: "placed", showroomId: showrooms["bo-trach"]!.id, customer: { name: "Nguyễn Văn An", phone: "0912345678" }, total: 170000, payment: { method: "cash", paid: false } })
        expect(entry.items).toEqual([expect.objectContaining({ title: "Nước mắm chay Tuấn Linh", quantity: 2, unitPrice: 85000 })])
        expect(JSON.stringify(entry)).not.toMatch(/pickup_?code/i)
        expect((await operator("boTrach")("get", "/operator/orders?status=handed_over")).data.orders).toEqual([])
        expect((await operator("boTrach")("get", "/operator/orders?status=lost")).status).toBe(400)
        expect((await operator("dongHoi")("get", "/operator/orders")).data.orders).toEqual([])
        expect((await operator("dongHoi")("get", `/operator/orders?showroom_id=${showrooms["bo-trach"]!.id}`)).status).toBe(404)
        const provincial = await operator("province")("get", `/operator/orders?showroom_id=${showrooms["bo-trach"]!.id}`)
        expect(provincial.data.orders.map((order: { id: string }) => order.id)).toEqual([orderId])
      })

      it("answers 404 to another showroom's operator on every order route, and changes nothing", async () => {
        const orderId = await placeOrder([[FISH_SAUCE, 1]], pickupAt("bo-trach"))
        const other = operator("dongHoi")
        const replies = [
          await other("get", `/operator/orders/${orderId}`),
          await other("post", `/operator/orders/${orderId}/accept`),
          await other("post", `/operator/orders/${orderId}/ready-for-pickup`),
          await other("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: "000000" }),
          await other("post", `/operator/orders/${orderId}/ship`, { carrier: "VNPost", tracking_number: "EV1" }),
          await other("post", `/operator/orders/${orderId}/cancel`, { reason: "Hết hàng" }),
          await other("post", `/operator/orders/${orderId}/payment`),
        ]
        expect(replies.map((reply) => reply.status)).toEqual([404, 404, 404, 404, 404, 404, 404])
        expect(replies[0]!.data.message).toBe(`There is no order with id ${orderId} at your showroom.`)
        expect((await operator("boTrach")("get", `/operator/orders/${orderId}`)).data.order.status).toBe("placed")
        expect((await operator("boTrach")("get", "/operator/orders/order_missing")).status).toBe(404)
      })

      it("takes a pickup order from placed to handed over; the shopper sees each status and gets the code by email; a wrong code or a second hand-over is refused", async () => {
        const orderId = await placeOrder([[FISH_SAUCE, 3]], pickupAt("bo-trach"))
        const counter = operator("boTrach")
        const tracking = async () => (await store("get", `/store/ocop/orders/${orderId}/tracking`)).data.tracking
        const placed = await tracking()
        expect(placed).toMatchObject({ method: "pickup", status: "placed", pickupCode: expect.stringMatching(/^\d{6}$/), showroom: { name: "Showroom Bố Trạch", street: "Tiểu khu 1", phone: "0912000111" } })
        const placedMail = await outbox.waitFor({ template: "order-placed", about: orderId }, 10_000)
        expect(placedMail).toMatchObject({ to: "an@example.vn", locale: "vi", subject: expect.stringMatching(/^Đã nhận đơn hàng #\d+$/) })
        expect(placedMail.text).toContain(`Mã nhận hàng: ${placed.pickupCode}`)
        expect((await counter("post", `/operator/orders/${orderId}/accept`)).data.order.status).toBe("accepted")
        expect((await counter("post", `/operator/orders/${orderId}/ready-for-pickup`)).data.order.status).toBe("ready_for_pickup")
        expect(await tracking()).toMatchObject({ status: "ready_for_pickup", readyAt: expect.any(String), pickupCode: placed.pickupCode })
        const readyMail = await outbox.waitFor({ template: "order-ready-for-pickup", about: orderId }, 10_000)
        for (const line of [`Mã nhận hàng: ${placed.pickupCode}`, "Showroom Bố Trạch, Tiểu khu 1, Xã Bố Trạch, Quảng Trị", "Giờ mở cửa: Thứ Hai – Thứ Bảy: 07:30–17:30"]) {
          expect(readyMail.text).toContain(line)
        }

        const wrongCode = placed.pickupCode === "000000" ? "111111" : "000000"
        const wrong = await counter("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: wrongCode })
        expect(wrong.status).toBe(400)
        expect(wrong.data).toMatchObject({ code: "wrong_pickup_code", message: "The pickup code does not match this order. Ask the shopper for the 6-digit code on their order confirmation or email." })
        expect((await counter("get", `/operator/orders/${orderId}`)).data.order.status).toBe("ready_for_pickup")
        expect((await counter("post", `/operator/orders/${orderId}/hand-over`, {})).status).toBe(400)

        const before = await level("bo-trach", FISH_SAUCE)
        const handed = await counter("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: placed.pickupCode })
        expect(handed.status).toBe(200)
        expect(handed.data.order.status).toBe("handed_over")
        // the reserved units left the shelf with the shopper
        expect(await level("bo-trach", FISH_SAUCE)).toMatchObject({ stocked: before!.stocked - 3, reserved: before!.reserved - 3 })
        expect((await tracking()).status).toBe("handed_over")

        const again = await counter("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: placed.pickupCode })
        expect(again.status).toBe(409)
        expect(again.data).toMatchObject({ code: "order_status", message: "This order was already handed over: it cannot be handed over again." })
        expect((await counter("post", `/operator/orders/${orderId}/cancel`, { reason: "Khách đổi ý" })).status).toBe(409)
      })

      it("refuses handing over an order that is not ready yet", async () => {
        const orderId = await placeOrder([[FISH_SAUCE, 1]], pickupAt("bo-trach"))
        const { pickupCode } = (await store("get", `/store/ocop/orders/${orderId}/tracking`)).data.tracking
        const early = await operator("boTrach")("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: pickupCode })
        expect(early.status).toBe(409)
        expect(early.data.message).toBe("This order has just been placed: it cannot be handed over.")
      })

      it("cancels with a reason the shopper is told, releasing the reserved stock; shipping or cancelling it again answers 409", async () => {
        const orderId = await placeOrder([[MUSHROOMS, 2]], { method: "delivery", address: TEST_HOME_ADDRESS })
        const counter = operator("boTrach")
        expect(await level("bo-trach", MUSHROOMS)).toMatchObject({ stocked: 4, reserved: 2, available: 2 })
        expect((await counter("post", `/operator/orders/${orderId}/cancel`, { reason: " " })).status).toBe(400)
        const cancelled = await counter("post", `/operator/orders/${orderId}/cancel`, { reason: "Sản phẩm bị hỏng khi đóng gói" })
        expect(cancelled.status).toBe(200)
        expect(cancelled.data.order).toMatchObject({ status: "cancelled", cancelReason: "Sản phẩm bị hỏng khi đóng gói" })
        expect(await level("bo-trach", MUSHROOMS)).toMatchObject({ stocked: 4, reserved: 0, available: 4 })
        const { data: orders } = await store("get", `/store/orders/${orderId}?fields=status`)
        expect(orders.order.status).toBe("canceled")
        expect((await store("get", `/store/ocop/orders/${orderId}/tracking`)).data.tracking).toMatchObject({ status: "cancelled", cancelReason: "Sản phẩm bị hỏng khi đóng gói" })
        expect((await outbox.waitFor({ template: "order-cancelled", about: orderId }, 10_000)).text).toContain("Lý do: Sản phẩm bị hỏng khi đóng gói")
        const ship = await counter("post", `/operator/orders/${orderId}/ship`, { carrier: "VNPost", tracking_number: "EV123456789VN" })
        expect(ship.status).toBe(409)
        expect(ship.data.message).toBe("This order is cancelled: it cannot be shipped.")
        expect((await counter("post", `/operator/orders/${orderId}/cancel`, { reason: "Lần nữa" })).status).toBe(409)
        expect((await counter("post", `/operator/orders/${orderId}/payment`)).status).toBe(409)
      })

      it("ships a home-delivery order served from its showroom's stock with carrier and tracking; the shopper sees them and is told in English", async () => {
        const orderId = await placeOrder([[MUSHROOMS, 1]], { method: "delivery", address: TEST_HOME_ADDRESS, locale: "en" })
        const counter = operator("boTrach")
        const entry = (await counter("get", `/operator/orders/${orderId}`)).data.order
        expect(entry).toMatchObject({ method: "delivery", showroomId: showrooms["bo-trach"]!.id, address: { street: "12 Lý Thường Kiệt", ward: "Xã Bố Trạch", province: "Quảng Trị" } })
        expect((await counter("post", `/operator/orders/${orderId}/ready-for-pickup`)).status).toBe(400)
        expect((await counter("post", `/operator/orders/${orderId}/hand-over`, { pickup_code: "123456" })).status).toBe(400)
        const missing = await counter("post", `/operator/orders/${orderId}/ship`, { carrier: "VNPost" })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("Field 'tracking_number' is required")
        const shipped = await counter("post", `/operator/orders/${orderId}/ship`, { carrier: "VNPost", tracking_number: "EV123456789VN" })
        expect(shipped.status).toBe(200)
        expect(shipped.data.order).toMatchObject({ status: "shipped", carrier: "VNPost", trackingNumber: "EV123456789VN" })
        expect((await store("get", `/store/ocop/orders/${orderId}/tracking`)).data.tracking).toMatchObject({ method: "delivery", status: "shipped", carrier: "VNPost", trackingNumber: "EV123456789VN", pickupCode: null, showroom: null })
        expect(await level("bo-trach", MUSHROOMS)).toMatchObject({ stocked: 3, reserved: 0 })
        const shippedMail = await outbox.waitFor({ template: "order-shipped", about: orderId }, 10_000)
        expect(shippedMail).toMatchObject({ locale: "en", subject: expect.stringMatching(/^Order #\d+ has shipped$/) })
        expect(shippedMail.text).toContain("Carrier: VNPost\nTracking number: EV123456789VN")
        // cash on delivery comes in after shipping
        const paid = await counter("post", `/operator/orders/${orderId}/payment`)
        expect(paid.status).toBe(200)
        expect(paid.data.order.payment).toEqual({ method: "cash", paid: true })
      })

      it("records cash received once, and refuses an order paid by bank transfer", async () => {
        const cash = await placeOrder([[FISH_SAUCE, 1]], pickupAt("bo-trach"))
        const counter = operator("boTrach")
        expect((await counter("post", `/operator/orders/${cash}/payment`)).data.order.payment).toEqual({ method: "cash", paid: true })
        const twice = await counter("post", `/operator/orders/${cash}/payment`)
        expect(twice.status).toBe(409)
        expect(twice.data.message).toBe("The cash for this order was already recorded.")
        const transfer = await placeOrder([[FISH_SAUCE, 1]], pickupAt("bo-trach"), PAYMENT_PROVIDER_IDS.bankTransfer)
        const refused = await counter("post", `/operator/orders/${transfer}/payment`)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toContain("not paid in cash")
      })

      it("answers 404 for the tracking of an order that does not exist", async () => {
        const reply = await store("get", "/store/ocop/orders/order_missing/tracking")
        expect(reply.status).toBe(404)
      })
    })

    describe("operator stock", () => {
      it("lists the showroom's stock per product and the products running low", async () => {
        const { status, data } = await operator("boTrach")("get", `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock`)
        expect(status).toBe(200)
        expect(data.stock).toEqual([
          expect.objectContaining({ title: "Nấm mộc nhĩ Tuấn Linh", stocked: 4, reserved: 0, available: 4, low: false }),
          expect.objectContaining({ title: "Nước mắm chay Tuấn Linh", stocked: 10, available: 10, low: false }),
        ])
        await operator("boTrach")("post", `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock/adjustments`, { variant_id: variants[MUSHROOMS], change: -2, reason: "Hai túi bị ẩm" })
        const low = await operator("boTrach")("get", `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock?low=true`)
        expect(low.data.stock.map((line: { title: string }) => line.title)).toEqual(["Nấm mộc nhĩ Tuấn Linh"])
      })

      it("adjusts stock with a reason, recorded, but never below what orders reserved", async () => {
        const url = `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock/adjustments`
        const counter = operator("boTrach")
        const down = await counter("post", url, { variant_id: variants[FISH_SAUCE], change: -3, reason: "Kiểm kê cuối tháng" })
        expect(down.status).toBe(200)
        expect(down.data.stock.find((line: { variantId: string }) => line.variantId === variants[FISH_SAUCE])).toMatchObject({ stocked: 7 })
        const movements = await getContainer().resolve<OperatorModuleService>(OPERATOR_MODULE).listStockMovements({ showroom_id: showrooms["bo-trach"]!.id })
        expect(movements).toEqual([expect.objectContaining({ kind: "adjustment", change: -3, reason: "Kiểm kê cuối tháng", variant_id: variants[FISH_SAUCE] })])
        await placeOrder([[FISH_SAUCE, 5]], pickupAt("bo-trach"))
        const below = await counter("post", url, { variant_id: variants[FISH_SAUCE], change: -3, reason: "Vỡ chai" })
        expect(below.status).toBe(409)
        expect(below.data.message).toBe("Nước mắm chay Tuấn Linh: the showroom holds 7, of which 5 are reserved for orders, so it cannot go down by 3.")
        expect(await level("bo-trach", FISH_SAUCE)).toMatchObject({ stocked: 7, reserved: 5 })
        for (const [body, message] of [
          [{ variant_id: variants[FISH_SAUCE], change: 0, reason: "x" }, "change is a whole number of units, not 0"],
          [{ variant_id: variants[FISH_SAUCE], change: 1.5, reason: "x" }, "change is a whole number of units, not 0"],
          [{ variant_id: variants[FISH_SAUCE], change: 1 }, "Field 'reason' is required"],
          [{ variant_id: "variant_missing", change: 1, reason: "x" }, "There is no product variant with id variant_missing"],
        ] as const) {
          const reply = await counter("post", url, body)
          expect({ status: reply.status < 500 && reply.status >= 400, message: reply.data.message }).toEqual({ status: true, message: expect.stringContaining(message) })
        }
      })

      it("receives a delivery: more of what the showroom holds, and a new product put on its shelf", async () => {
        const url = `/operator/showrooms/${showrooms["dong-hoi"]!.id}/stock/deliveries`
        const received = await operator("dongHoi")("post", url, { items: [{ variant_id: variants[FISH_SAUCE], quantity: 4 }, { variant_id: variants[MUSHROOMS], quantity: 6 }], note: "Phiếu nhập 12/2026" })
        expect(received.status).toBe(201)
        expect(received.data.stock).toEqual([
          expect.objectContaining({ title: "Nấm mộc nhĩ Tuấn Linh", stocked: 6 }),
          expect.objectContaining({ title: "Nước mắm chay Tuấn Linh", stocked: 10 }),
        ])
        // the mushrooms can now be picked up at Đồng Hới
        const orderId = await placeOrder([[MUSHROOMS, 1]], pickupAt("dong-hoi"))
        expect((await operator("dongHoi")("get", `/operator/orders/${orderId}`)).status).toBe(200)
        expect((await operator("dongHoi")("post", url, { items: [] })).data.message).toContain("Give at least one item received.")
        expect((await operator("dongHoi")("post", url, { items: [{ variant_id: variants[FISH_SAUCE], quantity: -1 }] })).status).toBe(400)
      })

      it("answers 404 to another showroom's operator on every stock route, and changes nothing", async () => {
        const base = `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock`
        const other = operator("dongHoi")
        const replies: Reply[] = [
          await other("get", base),
          await other("get", `${base}?low=true`),
          await other("post", `${base}/adjustments`, { variant_id: variants[FISH_SAUCE], change: -1, reason: "x" }),
          await other("post", `${base}/deliveries`, { items: [{ variant_id: variants[FISH_SAUCE], quantity: 1 }] }),
        ]
        expect(replies.map((reply) => reply.status)).toEqual([404, 404, 404, 404])
        expect(replies[0]!.data.message).toBe(`There is no showroom with id ${showrooms["bo-trach"]!.id} among yours.`)
        expect(await level("bo-trach", FISH_SAUCE)).toMatchObject({ stocked: 10 })
        expect((await operator("province")("get", base)).status).toBe(200)
      })
    })

    describe("operator accounts", () => {
      it("mails an operator who forgot the password a link to the console in their language, which sets a new password once", async () => {
        const email = "quen@botrach.vn"
        expect((await createOperator({ email, showroom_id: showrooms["bo-trach"]!.id })).status).toBe(201)
        const anyone = httpClient(http, () => ({}))
        expect((await anyone("post", "/auth/operator/emailpass/reset-password", { identifier: email, metadata: { locale: "vi" } })).status).toBe(201)

        const message = await outbox.waitFor({ to: email, template: "password-reset" })
        expect(message).toMatchObject({ locale: "vi", subject: "Đặt lại mật khẩu Chợ OCOP" })
        const link = new URL(/https:\S+/.exec(message.text)![0])
        expect(link.origin + link.pathname).toBe("https://cho-ocop.example.vn/vi/van-hanh/reset-password")
        expect(link.searchParams.get("email")).toBe(email)
        const reset = httpClient(http, () => ({ authorization: `Bearer ${link.searchParams.get("token")}` }))

        expect((await reset("post", "/auth/operator/emailpass/update", { email, password: "mat-khau-moi-2" })).status).toBe(200)
        expect((await login(email, "mat-khau-moi-2")).status).toBe(200)
        expect((await login(email)).status).toBe(401)
        // the same link a second time changes nothing
        expect((await reset("post", "/auth/operator/emailpass/update", { email, password: "ke-gian-3" })).status).toBe(401)
        expect((await login(email, "mat-khau-moi-2")).status).toBe(200)
      })

      it("writes the reset mail in English when asked in English, linking to /en/operations", async () => {
        await httpClient(http, () => ({}))("post", "/auth/operator/emailpass/reset-password", { identifier: "quay@donghoi.vn", metadata: { locale: "en" } })
        const message = await outbox.waitFor({ to: "quay@donghoi.vn", template: "password-reset" })
        expect(message.locale).toBe("en")
        expect(message.text).toContain("https://cho-ocop.example.vn/en/operations/reset-password?")
      })

      it("deactivates an operator: no login, and the token they hold is refused with 401 on every /operator route, changing nothing", async () => {
        const orderId = await placeOrder([[FISH_SAUCE, 1]], pickupAt("bo-trach"))
        const deactivated = await admin("post", `/admin/operators/${await operatorId("quay@botrach.vn")}/deactivate`)
        expect(deactivated.status).toBe(200)
        expect(deactivated.data.operator).toMatchObject({ email: "quay@botrach.vn", deactivated_at: expect.any(String) })
        expect((await admin("get", "/admin/operators")).data.operators.find((entry: { email: string }) => entry.email === "quay@botrach.vn").deactivated_at).toEqual(deactivated.data.operator.deactivated_at)

        const refusedLogin = await login("quay@botrach.vn")
        expect({ status: refusedLogin.status, message: refusedLogin.data.message }).toEqual({ status: 403, message: DEACTIVATED })
        expect(refusedLogin.data.token).toBeUndefined()

        const order = `/operator/orders/${orderId}`
        const stock = `/operator/showrooms/${showrooms["bo-trach"]!.id}/stock`
        const old = operator("boTrach")
        const replies: Reply[] = [
          await old("get", "/operator/me"),
          await old("get", "/operator/orders"),
          await old("get", order),
          await old("post", `${order}/accept`),
          await old("post", `${order}/ready-for-pickup`),
          await old("post", `${order}/hand-over`, { pickup_code: "000000" }),
          await old("post", `${order}/ship`, { carrier: "VNPost", tracking_number: "VN1" }),
          await old("post", `${order}/cancel`, { reason: "x" }),
          await old("post", `${order}/payment`),
          await old("get", stock),
          await old("post", `${stock}/adjustments`, { variant_id: variants[FISH_SAUCE], change: -1, reason: "x" }),
          await old("post", `${stock}/deliveries`, { items: [{ variant_id: variants[FISH_SAUCE], quantity: 1 }] }),
        ]
        expect(replies.map((reply) => ({ status: reply.status, message: reply.data.message }))).toEqual(replies.map(() => ({ status: 401, message: DEACTIVATED })))
        expect((await store("get", `/store/ocop/orders/${orderId}/tracking`)).data.tracking.status).toBe("placed")
        // province staff's operator still sees the stock as it was
        const { data: shelf } = await operator("province")("get", stock)
        expect(shelf.stock.find((line: { variantId: string }) => line.variantId === variants[FISH_SAUCE])).toMatchObject({ stocked: 10, reserved: 1 })
        // another showroom's operator is not touched
        expect((await operator("dongHoi")("get", "/operator/me")).status).toBe(200)
      })

      it("reactivates an operator, who logs in again and whose token works again", async () => {
        const id = await operatorId("quay@botrach.vn")
        expect((await admin("post", `/admin/operators/${id}/deactivate`)).status).toBe(200)
        // deactivating twice keeps the date it first stopped working
        const first = (await admin("get", "/admin/operators")).data.operators.find((entry: { id: string }) => entry.id === id).deactivated_at
        expect((await admin("post", `/admin/operators/${id}/deactivate`)).data.operator.deactivated_at).toBe(first)
        const reactivated = await admin("post", `/admin/operators/${id}/reactivate`)
        expect(reactivated.status).toBe(200)
        expect(reactivated.data.operator.deactivated_at).toBeNull()
        expect((await login("quay@botrach.vn")).status).toBe(200)
        expect((await operator("boTrach")("get", "/operator/me")).status).toBe(200)
      })

      it("lets only province staff deactivate, and answers 404 for an operator that does not exist", async () => {
        const id = await operatorId("quay@botrach.vn")
        expect((await operator("province")("post", `/admin/operators/${id}/deactivate`)).status).toBe(401)
        expect((await httpClient(http, () => ({}))("post", `/admin/operators/${id}/deactivate`)).status).toBe(401)
        const missing = await admin("post", "/admin/operators/oper_missing/deactivate")
        expect({ status: missing.status, message: missing.data.message }).toEqual({ status: 404, message: "There is no operator with id oper_missing." })
        expect((await admin("post", "/admin/operators/oper_missing/reactivate")).status).toBe(404)
        expect((await operator("boTrach")("get", "/operator/me")).status).toBe(200)
      })
    })
  },
})
