import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { parseEmvPayload } from "@ocop/domain"
import { VN_PROVINCES } from "@ocop/domain/address"
import { HOME_DELIVERY, PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { httpClient } from "../fixtures/http-client"
import { districtShowroom, TEST_CONTACT, TEST_HOME_ADDRESS } from "../fixtures/test-checkout"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"

// generous: on a busy machine the app alone takes minutes to boot
jest.setTimeout(300_000)

type Http = { get: Function; post: Function; delete: Function }

const hanoi = VN_PROVINCES.find((province) => province.name === "Thành phố Hà Nội")!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    let store: { headers: Record<string, string> }
    let regionId = ""
    let onlineChannelId = ""
    const variants: Record<string, string> = {}
    const showrooms: Record<string, { id: string; location_id: string; sales_channel_id: string }> = {}

    const call = httpClient(http, () => store.headers)

    const cartWith = async (lines: Array<[string, number]>) => {
      const { data } = await call("post", "/store/carts", { region_id: regionId })
      for (const [handle, quantity] of lines) {
        const added = await call("post", `/store/carts/${data.cart.id}/line-items`, { variant_id: variants[handle], quantity })
        expect(added.status).toBe(200)
      }
      return data.cart.id as string
    }

    const placeOrder = async (cartId: string, providerId: string) => {
      const { data } = await call("post", "/store/payment-collections", { cart_id: cartId })
      const session = await call("post", `/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: providerId })
      expect(session.status).toBe(200)
      return call("post", `/store/carts/${cartId}/complete`)
    }

    beforeAll(async () => {
      const container = getContainer()
      const ids = await seedTestShop(container)
      regionId = ids.regionId
      onlineChannelId = ids.salesChannelId
      store = (await shopHeaders(http, container)).store
      const products = await container.resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants"] })
      for (const product of products) variants[product.handle] = product.variants[0]!.id
      await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([
        { code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district" },
        { code: "dong-hoi", name: "Đồng Hới", full_name: "Thành phố Đồng Hới", type: "city" },
      ])
      for (const [handle, name] of [["bo-trach", "Showroom Bố Trạch"], ["dong-hoi", "Showroom Đồng Hới"]] as const) {
        const { result } = await openShowroomWorkflow(container).run({ input: districtShowroom(name, handle) })
        showrooms[handle] = result
        await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: result.location_id, add: [onlineChannelId] } })
      }
      // Bố Trạch holds two products; Đồng Hới only the first, and little of it
      await stockShowroomWorkflow(container).run({
        input: { showroom_id: showrooms["bo-trach"]!.id, items: [{ variant_id: variants["nuoc-mam-chay-tuan-linh"]!, stocked_quantity: 5 }, { variant_id: variants["nam-moc-nhi-tuan-linh"]!, stocked_quantity: 3 }] },
      })
      await stockShowroomWorkflow(container).run({ input: { showroom_id: showrooms["dong-hoi"]!.id, items: [{ variant_id: variants["nuoc-mam-chay-tuan-linh"]!, stocked_quantity: 1 }] } })
    })

    describe("GET /store/ocop/carts/:id/pickup-showrooms", () => {
      it("offers only showrooms holding every item and names what the others lack", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 2], ["nam-moc-nhi-tuan-linh", 1]])
        const { status, data } = await call("get", `/store/ocop/carts/${cartId}/pickup-showrooms`)
        expect(status).toBe(200)
        const byHandle = Object.fromEntries(data.showrooms.map((option: { showroom: { handle: string } }) => [option.showroom.handle, option]))
        expect(byHandle["bo-trach"]).toMatchObject({ holdsEverything: true, missing: [], showroom: { name: "Showroom Bố Trạch", phone: "0912000111" } })
        expect(byHandle["dong-hoi"]).toMatchObject({
          holdsEverything: false,
          missing: [
            { title: "Nước mắm chay Tuấn Linh", wanted: 2, available: 1 },
            { title: "Nấm mộc nhĩ Tuấn Linh", wanted: 1, available: 0 },
          ],
        })
      })

      it("answers 404 for a cart that does not exist", async () => {
        const { status, data } = await call("get", "/store/ocop/carts/cart_missing/pickup-showrooms")
        expect(status).toBe(404)
        expect(data.message).toBe("There is no cart with id cart_missing.")
      })
    })

    describe("POST /store/ocop/carts/:id/delivery", () => {
      it("sends a pickup cart to the showroom's own channel with its free pickup option", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 2]])
        const { status, data } = await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["bo-trach"]!.id })
        expect(status).toBe(200)
        expect(data.cart).toMatchObject({
          email: "an@example.vn",
          sales_channel_id: showrooms["bo-trach"]!.sales_channel_id,
          metadata: { delivery_method: "pickup", pickup_showroom_id: showrooms["bo-trach"]!.id },
          shipping_address: { first_name: "Nguyễn Văn An", phone: "0912345678", company: "Showroom Bố Trạch", country_code: "vn" },
          shipping_methods: [{ name: "Nhận tại Showroom Bố Trạch", amount: 0 }],
        })
      })

      it("sends a delivery cart to the online channel with the checked address and the delivery fee", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        // a pickup first, then a change of mind: the pickup method is replaced, not added to
        await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["bo-trach"]!.id })
        const { status, data } = await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "delivery", address: TEST_HOME_ADDRESS })
        expect(status).toBe(200)
        expect(data.cart).toMatchObject({
          sales_channel_id: onlineChannelId,
          metadata: { delivery_method: "delivery" },
          shipping_address: { address_1: "12 Lý Thường Kiệt", city: "Xã Bố Trạch", province: "Quảng Trị", phone: "0912345678", metadata: { ward_code: TEST_HOME_ADDRESS.ward_code, legacy_district: "Huyện Bố Trạch" } },
          shipping_methods: [{ name: HOME_DELIVERY.name, amount: HOME_DELIVERY.feeVnd }],
          total: 85000 + HOME_DELIVERY.feeVnd,
        })
      })

      it("refuses a showroom that lacks an item, naming it, and leaves the cart as it was", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 2]])
        const { status, data } = await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["dong-hoi"]!.id })
        expect(status).toBe(400)
        expect(data.message).toContain("Showroom Đồng Hới không còn đủ hàng cho đơn này: Nước mắm chay Tuấn Linh (còn 1, cần 2)")
        const { data: after } = await call("get", `/store/carts/${cartId}?fields=sales_channel_id,email,*shipping_methods`)
        expect(after.cart).toMatchObject({ sales_channel_id: onlineChannelId, email: null, shipping_methods: [] })
      })

      it("refuses bad TEST_CONTACT details and addresses with a sentence, never a 500", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        const url = `/store/ocop/carts/${cartId}/delivery`
        const cases: Array<[unknown, number, string]> = [
          [{ ...TEST_CONTACT, phone: "12345", method: "pickup", showroom_id: showrooms["bo-trach"]!.id }, 400, "phone is not a Vietnamese phone number"],
          [{ ...TEST_CONTACT, email: "an@", method: "pickup", showroom_id: showrooms["bo-trach"]!.id }, 400, "email is not a valid email address"],
          [{ ...TEST_CONTACT, method: "drone" }, 400, "method is pickup or delivery"],
          [{ ...TEST_CONTACT, method: "delivery", address: { ...TEST_HOME_ADDRESS, province_code: hanoi.code } }, 400, "wardCode is other province"],
          [{ ...TEST_CONTACT, method: "delivery", address: { ...TEST_HOME_ADDRESS, street: " " } }, 400, "address.street is required"],
          [{ ...TEST_CONTACT, method: "pickup", showroom_id: "shwr_missing" }, 404, "There is no showroom with id shwr_missing that offers pickup."],
        ]
        for (const [body, status, message] of cases) {
          const reply = await call("post", url, body)
          expect({ status: reply.status, message: reply.data.message }).toEqual({ status, message: expect.stringContaining(message) })
        }
      })

      it("refuses an empty cart", async () => {
        const { data } = await call("post", "/store/carts", { region_id: regionId })
        const reply = await call("post", `/store/ocop/carts/${data.cart.id}/delivery`, { ...TEST_CONTACT, method: "delivery", address: TEST_HOME_ADDRESS })
        expect(reply.status).toBe(400)
        expect(reply.data.message).toBe("The cart is empty: add a product before choosing how to receive it.")
      })
    })

    describe("DELETE /store/ocop/carts/:id/delivery", () => {
      it("takes a pickup cart back to the online shop, where any product can be added again", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["dong-hoi"]!.id })
        // Đồng Hới does not sell the mushrooms: its channel refuses them
        const refused = await call("post", `/store/carts/${cartId}/line-items`, { variant_id: variants["nam-moc-nhi-tuan-linh"], quantity: 1 })
        expect(refused.status).toBe(400)
        const { status } = await call("delete", `/store/ocop/carts/${cartId}/delivery`)
        expect(status).toBe(200)
        const added = await call("post", `/store/carts/${cartId}/line-items`, { variant_id: variants["nam-moc-nhi-tuan-linh"], quantity: 1 })
        expect(added.status).toBe(200)
        expect(added.data.cart.sales_channel_id).toBe(onlineChannelId)
      })
    })

    describe("placing the order", () => {
      it("reserves a pickup order's stock at the chosen showroom, and only there", async () => {
        const container = getContainer()
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        // Đồng Hới holds one unit too: Medusa alone could have reserved it there
        await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["bo-trach"]!.id })
        const { status, data } = await placeOrder(cartId, PAYMENT_PROVIDER_IDS.cash)
        expect(status).toBe(200)
        expect(data.type).toBe("order")
        const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: data.order.items.map((item: { id: string }) => item.id) })
        expect(reservations.map((reservation) => reservation.location_id)).toEqual([showrooms["bo-trach"]!.location_id])
        expect(data.order).toMatchObject({ total: 85000, email: "an@example.vn" })
        const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["sales_channel_id"], filters: { id: data.order.id } })
        expect(orders[0]?.sales_channel_id).toBe(showrooms["bo-trach"]!.sales_channel_id)
      })

      it("refuses the last unit to the second of two shoppers who both chose the same showroom", async () => {
        const first = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        const second = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        for (const cartId of [first, second]) {
          const chosen = await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["dong-hoi"]!.id })
          expect(chosen.status).toBe(200)
        }
        expect((await placeOrder(first, PAYMENT_PROVIDER_IDS.cash)).data.type).toBe("order")
        const refused = await placeOrder(second, PAYMENT_PROVIDER_IDS.cash)
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ code: "sold_out_at_showroom", message: expect.stringContaining("sold out at Showroom Đồng Hới while your order was being placed") })
        const { data } = await call("get", `/store/carts/${second}?fields=completed_at`)
        expect(data.cart.completed_at).toBeNull()
      })

      it("sells a showroom's last 5 units to exactly 5 of 50 shoppers ordering at once; every other answer is a 409 saying it sold out there, or to press again", async () => {
        const container = getContainer()
        const location = showrooms["bo-trach"]!.location_id
        // every cart is ready to complete before the rush, as the storefront's placeOrder leaves it
        const carts: string[] = []
        while (carts.length < 50) {
          const { data: created } = await call("post", "/store/carts", { region_id: regionId, items: [{ variant_id: variants["nuoc-mam-chay-tuan-linh"], quantity: 1 }] })
          const cartId = created.cart.id as string
          const chosen = await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "pickup", showroom_id: showrooms["bo-trach"]!.id })
          expect(chosen.status).toBe(200)
          const { data } = await call("post", "/store/payment-collections", { cart_id: cartId })
          expect((await call("post", `/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER_IDS.cash })).status).toBe(200)
          carts.push(cartId)
        }
        const replies = await Promise.all(carts.map((cartId) => call("post", `/store/carts/${cartId}/complete`)))
        const placed = replies.filter((reply) => reply.status === 200 && reply.data.type === "order")
        const refused = replies.filter((reply) => !placed.includes(reply))
        // all at once, so that a failure prints every answer that was neither
        const soldOut = { status: 409, code: "sold_out_at_showroom", message: expect.stringMatching(/sold out at Showroom Bố Trạch while your order was being placed\. Choose another showroom or home delivery\.$/) }
        const busy = { status: 409, code: "checkout_busy", message: "Many people are ordering at this moment and your order could not be placed. Please try again." }
        const answers = refused.map((reply) => ({ status: reply.status, code: reply.data.code, message: reply.data.message }))
        expect(answers).toEqual(answers.map((answer) => (answer.code === "checkout_busy" ? busy : soldOut)))

        const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { sales_channel_id: showrooms["bo-trach"]!.sales_channel_id } })
        expect(orders).toHaveLength(5)
        expect(placed.map((reply) => reply.data.order.id).sort()).toEqual(orders.map((order: { id: string }) => order.id).sort())
        const inventory = container.resolve(Modules.INVENTORY)
        const reservations = await inventory.listReservationItems({ location_id: location })
        expect(reservations.reduce((sum, reservation) => sum + Number(reservation.quantity), 0)).toBe(5)
        expect(new Set(reservations.map((reservation) => reservation.line_item_id)).size).toBe(5)
        const [level] = await inventory.listInventoryLevels({ location_id: location, inventory_item_id: reservations[0]!.inventory_item_id })
        expect({ stocked: Number(level!.stocked_quantity), reserved: Number(level!.reserved_quantity) }).toEqual({ stocked: 5, reserved: 5 })
        // 250 requests to prepare the carts: minutes on a busy machine
      }, 900_000)

      it("gives a bank-transfer order a VietQR payload for its exact total and reference", async () => {
        const cartId = await cartWith([["nam-moc-nhi-tuan-linh", 2]])
        await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "delivery", address: TEST_HOME_ADDRESS })
        const { data } = await placeOrder(cartId, PAYMENT_PROVIDER_IDS.bankTransfer)
        expect(data.type).toBe("order")
        const total = 2 * 125000 + HOME_DELIVERY.feeVnd
        expect(data.order.total).toBe(total)
        const { status, data: reply } = await call("get", `/store/ocop/orders/${data.order.id}/bank-transfer`)
        expect(status).toBe(200)
        const transfer = reply.bank_transfer
        expect(transfer).toMatchObject({ amount: total, reference: `OCOP ${data.order.display_id}`, bankBin: "970436", received: false })
        const fields = parseEmvPayload(transfer.payload)
        expect(fields.get("54")).toBe(String(total))
        expect(fields.get("53")).toBe("704")
        const reference = `OCOP ${data.order.display_id}`
        expect(fields.get("62")).toBe(`08${String(reference.length).padStart(2, "0")}${reference}`)
      })

      it("has no transfer instructions for an order paid in cash", async () => {
        const cartId = await cartWith([["nuoc-mam-chay-tuan-linh", 1]])
        await call("post", `/store/ocop/carts/${cartId}/delivery`, { ...TEST_CONTACT, method: "delivery", address: TEST_HOME_ADDRESS })
        const { data } = await placeOrder(cartId, PAYMENT_PROVIDER_IDS.cash)
        const reply = await call("get", `/store/ocop/orders/${data.order.id}/bank-transfer`)
        expect(reply.status).toBe(404)
        expect(reply.data.message).toContain("awaiting a bank transfer")
      })

      it("offers cash and bank transfer in the region, and card only when Stripe is configured", async () => {
        const { data } = await call("get", `/store/payment-providers?region_id=${regionId}`)
        expect(data.payment_providers.map((provider: { id: string }) => provider.id).sort()).toEqual([PAYMENT_PROVIDER_IDS.bankTransfer, PAYMENT_PROVIDER_IDS.cash].sort())
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "region", fields: ["id"] })).data).toHaveLength(1)
      })
    })
  },
})
