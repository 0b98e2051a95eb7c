import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_CARD_FIELDS, toProductCard, type StoreProductCardSource } from "@ocop/types"
import seed from "../../src/scripts/seed"
import { DEMO_PRODUCTS } from "../../src/scripts/seed/demo-products"
import { SHOP } from "../../src/scripts/seed/shop"

jest.setTimeout(120_000)

type Api = { get: Function; post: Function }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let publishableKey = ""
    let regionId = ""

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: SHOP.publishableKeyTitle })
      publishableKey = key!.token
      const [region] = await container.resolve(Modules.REGION).listRegions({ name: SHOP.regionName })
      regionId = region!.id
    })

    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    describe("seed", () => {
      it("creates the region Việt Nam in VND for Vietnam", async () => {
        const { data } = await http.get("/store/regions", store())
        const region = data.regions.find((candidate: { name: string }) => candidate.name === "Việt Nam")
        expect(region).toMatchObject({ currency_code: "vnd", countries: [expect.objectContaining({ iso_2: "vn" })] })
      })

      it("is idempotent: a second run creates no second product, key, region or admin", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const [products, keys, regions, users] = await Promise.all([
          container.resolve(Modules.PRODUCT).listProducts({}),
          container.resolve(Modules.API_KEY).listApiKeys({ title: SHOP.publishableKeyTitle }),
          container.resolve(Modules.REGION).listRegions({ name: SHOP.regionName }),
          container.resolve(Modules.USER).listUsers({}),
        ])
        expect(products).toHaveLength(DEMO_PRODUCTS.length)
        expect(keys).toHaveLength(1)
        expect(regions).toHaveLength(1)
        expect(users).toHaveLength(1)
      })

      it("stocks every product at the shop's stock location", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "inventory_item.sku"],
        })
        expect(data).toHaveLength(DEMO_PRODUCTS.length)
        expect(data.every((level: { stocked_quantity: unknown }) => Number(level.stocked_quantity) > 0)).toBe(true)
      })
    })

    describe("GET /store/products", () => {
      it("lists the seeded products with whole-đồng prices through the storefront's fields", async () => {
        const { status, data } = await http.get(
          `/store/products?fields=${encodeURIComponent(PRODUCT_CARD_FIELDS)}&region_id=${regionId}&limit=50`,
          store()
        )
        expect(status).toBe(200)
        const cards = (data.products as StoreProductCardSource[]).map(toProductCard)
        expect(cards).toHaveLength(DEMO_PRODUCTS.length)
        for (const demo of DEMO_PRODUCTS) {
          const card = cards.find((candidate) => candidate.title === demo.title)
          expect(card).toMatchObject({ price: demo.price, currencyCode: "vnd" })
          expect(Number.isInteger(card!.price)).toBe(true)
        }
        expect(cards.find((card) => card.title === "Nước mắm chay Tuấn Linh")?.handle).toBe("nuoc-mam-chay-tuan-linh")
        // Vietnamese shelf prices include VAT, so the price shown is the price paid.
        const variants = data.products.flatMap((product: { variants: unknown[] }) => product.variants)
        expect(variants.every((variant: { calculated_price: { is_calculated_price_tax_inclusive: boolean } }) =>
          variant.calculated_price.is_calculated_price_tax_inclusive)).toBe(true)
      })

      it("refuses a request without a publishable key, saying what is missing", async () => {
        const response = await http.get("/store/products").catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })

    describe("admin", () => {
      it("accepts the seeded admin login and serves the admin API with it", async () => {
        const login = await http.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-admin-2025" })
        expect(login.status).toBe(200)
        const { data } = await http.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(data.user.email).toBe("admin@ocop.local")
      })

      it("refuses a wrong password with 401", async () => {
        const response = await http
          .post("/auth/user/emailpass", { email: "admin@ocop.local", password: "wrong-password" })
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(401)
      })
    })
  },
})
