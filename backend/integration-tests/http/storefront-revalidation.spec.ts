import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"
import { updateProducersWorkflow } from "../../src/workflows/producer/workflows/update-producers"

jest.setTimeout(120_000)

const SECRET = "integration-revalidate-secret"

type Received = { authorization?: string; tags: string[] }
const received: Received[] = []
let storefront: Server

// A storefront stand-in on this machine (a real HTTP server recording what reaches it), started
// before the runner boots Medusa, whose subscriber reads the endpoint when it loads.
beforeAll(async () => {
  storefront = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      received.push({ authorization: req.headers.authorization, tags: (JSON.parse(raw) as { tags: string[] }).tags })
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_REVALIDATE_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}/api/revalidate`
  process.env.STOREFRONT_REVALIDATE_SECRET = SECRET
})

afterAll(async () => {
  delete process.env.STOREFRONT_REVALIDATE_URL
  delete process.env.STOREFRONT_REVALIDATE_SECRET
  await new Promise((resolve) => storefront.close(resolve))
})

/** Waits until the storefront was asked to expire every one of these tags (events are delivered after the write). */
async function expectExpired(tags: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const expired = new Set(received.flatMap((request) => request.tags))
    if (tags.every((tag) => expired.has(tag)) || Date.now() > deadline) {
      expect([...expired]).toEqual(expect.arrayContaining(tags))
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as { get: Function; post: Function }
    let admin: { headers: Record<string, string> }
    let product: { id: string; handle: string; variants: Array<{ id: string }> }

    beforeAll(async () => {
      await seedTestShop(getContainer())
      await getContainer().resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([{ code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district", rank: 3 }])
      ;({ admin } = await shopHeaders(http, getContainer()))
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ title: "Nước mắm chay Tuấn Linh" }, { relations: ["variants"] })
      product = products[0] as typeof product
    })

    beforeEach(() => {
      received.length = 0
    })

    describe("revalidate-storefront subscriber", () => {
      it("expires the product's page and the listings when staff change its price in the admin API", async () => {
        await http.post(`/admin/products/${product.id}/variants/${product.variants[0]!.id}`, { prices: [{ amount: 99000, currency_code: "vnd" }] }, admin)
        await expectExpired([`product:${product.handle}`, "product-listings"])
        expect(received.every((request) => request.authorization === `Bearer ${SECRET}`)).toBe(true)
        expect(received.flatMap((request) => request.tags)).not.toContain("product:khoai-deo-nhu-man")
      })

      it("expires the product and the showrooms when a showroom is stocked", async () => {
        const { result: showroom } = await openShowroomWorkflow(getContainer()).run({
          input: { name: "Điểm bán OCOP Bố Trạch", level: "district", area_code: "bo-trach", province: "Quảng Trị", commune: "Hoàn Lão", phone: "0232 3822 123", opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
        })
        received.length = 0
        await stockShowroomWorkflow(getContainer()).run({ input: { showroom_id: showroom.id, items: [{ variant_id: product.variants[0]!.id, stocked_quantity: 5 }] } })
        await expectExpired([`product:${product.handle}`, "product-listings", "showrooms"])
      })

      it("expires the producers when a producer's details change", async () => {
        const { result } = await createProducersWorkflow(getContainer()).run({ input: { producers: [{ name: "HTX Tuấn Linh", type: "cooperative", province: "Quảng Trị" }] } })
        received.length = 0
        await updateProducersWorkflow(getContainer()).run({ input: { producers: [{ id: result[0]!.id, phone: "0912000001" }] } })
        await expectExpired(["producers"])
      })
    })
  },
})
