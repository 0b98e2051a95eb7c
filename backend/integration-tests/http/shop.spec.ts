import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_CARD_FIELDS, toProductCard, type StoreProductCardSource } from "@ocop/types"
import seed from "../../src/scripts/seed"
import { loadCatalogue } from "../../src/scripts/seed/catalogue/catalogue"
import { SHOP } from "../../src/scripts/seed/shop"

jest.setTimeout(180_000)

type Http = { get: Function; post: Function }
const catalogue = loadCatalogue()
const real = catalogue.products.filter((product) => !product.fictional)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ title: SHOP.publishableKeyTitle })
      store = { headers: { "x-publishable-api-key": key!.token } }
    })

    const ocopProducts = async (query = "") => (await http.get(`/store/ocop/products?limit=100${query}`, store)).data

    describe("the seeded shop", () => {
      it("sells in the region Việt Nam, in đồng", async () => {
        const { data } = await http.get("/store/regions", store)
        expect(data.regions.find((region: { name: string }) => region.name === "Việt Nam")).toMatchObject({ currency_code: "vnd" })
      })

      it("lists every catalogue product through /store/products with its whole-đồng price", async () => {
        const { data } = await http.get(`/store/products?fields=${encodeURIComponent(PRODUCT_CARD_FIELDS)}&limit=100`, store)
        const cards = (data.products as StoreProductCardSource[]).map(toProductCard)
        expect(cards).toHaveLength(catalogue.products.length)
        for (const product of catalogue.products) {
          expect(cards.find((card) => card.handle === product.handle)).toMatchObject({ title: product.titleVi })
        }
      })

      it("puts every product and every shipping option on one profile, so any cart can be delivered or picked up", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const [{ data: products }, { data: options }] = await Promise.all([
          query.graph({ entity: "product", fields: ["shipping_profile.id"] }),
          query.graph({ entity: "shipping_option", fields: ["name", "shipping_profile_id"] }),
        ])
        const profiles = new Set([...products.map((product: { shipping_profile?: { id: string } | null }) => product.shipping_profile?.id), ...options.map((option: { shipping_profile_id: string }) => option.shipping_profile_id)])
        expect(options.length).toBe(10)
        expect([...profiles]).toHaveLength(1)
      })

      it("is idempotent: a second run creates nothing and changes no stock", async () => {
        const container = getContainer()
        const count = async () => {
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const [products, producers, showrooms, certifications, levels, keys, users] = await Promise.all([
            container.resolve(Modules.PRODUCT).listProducts({}),
            query.graph({ entity: "producer", fields: ["id"] }),
            query.graph({ entity: "showroom", fields: ["id"] }),
            query.graph({ entity: "ocop_certification", fields: ["id"] }),
            container.resolve(Modules.INVENTORY).listInventoryLevels({}),
            container.resolve(Modules.API_KEY).listApiKeys({ title: SHOP.publishableKeyTitle }),
            container.resolve(Modules.USER).listUsers({}),
          ])
          return {
            products: products.length,
            producers: producers.data.length,
            showrooms: showrooms.data.length,
            certifications: certifications.data.length,
            stock: levels.map((level) => Number(level.stocked_quantity)).reduce((a, b) => a + b, 0),
            keys: keys.length,
            users: users.length,
          }
        }
        const before = await count()
        expect(before).toMatchObject({ products: catalogue.products.length, producers: catalogue.producers.length, showrooms: 9, certifications: catalogue.products.length, keys: 1, users: 1 })
        await seed({ container, args: [] })
        expect(await count()).toEqual(before)
      })
    })

    describe("the Quảng Bình catalogue through the store API", () => {
      it("keeps the real products' names, star levels and producers", async () => {
        const { products } = await ocopProducts()
        for (const product of real) {
          const card = products.find((candidate: { handle: string }) => candidate.handle === product.handle)
          expect(card).toMatchObject({ title: product.titleVi, fictional: false, certification: { starLevel: product.certification.starLevel } })
          if (product.producerHandle) {
            expect(card.producer.handle).toBe(product.producerHandle)
          }
        }
      })

      it("never shows a badge for the 2019 certifications, which have expired", async () => {
        const { products } = await ocopProducts()
        const from2019 = real.filter((product) => product.certification.decisionDate?.startsWith("2019"))
        expect(from2019.length).toBeGreaterThan(5)
        for (const product of from2019) {
          const card = products.find((candidate: { handle: string }) => candidate.handle === product.handle)
          expect(card.certification).toMatchObject({ status: "expired", showsBadge: false })
        }
      })

      it("shows 'level not published' where the source gives no exact level", async () => {
        const unpublished = real.filter((product) => product.certification.starLevel === null)
        const { product } = (await http.get(`/store/ocop/products/${unpublished[0]!.handle}`, store)).data
        expect(product.certification).toMatchObject({ starLevel: null, showsBadge: false, sourceUrl: unpublished[0]!.certification.sourceUrl })
      })

      it("has certified products in force at every star level, and products in every area", async () => {
        for (const level of [3, 4, 5]) {
          expect((await ocopProducts(`&star_level=${level}`)).count).toBeGreaterThan(0)
        }
        for (const area of catalogue.areas) {
          expect((await ocopProducts(`&area=${area.code}`)).count).toBeGreaterThanOrEqual(2)
        }
      })

      it("has the provincial showroom in Đồng Hới and one per area, each with stock", async () => {
        const { showrooms } = (await http.get("/store/showrooms", store)).data
        expect(showrooms).toHaveLength(9)
        expect(showrooms[0]).toMatchObject({ level: "provincial", legacyDistrict: "Đồng Hới", demo: true })
        for (const showroom of showrooms) {
          const { data } = await http.get(`/store/showrooms/${showroom.handle}`, store)
          expect(data.showroom.stock.length).toBeGreaterThan(0)
        }
      })

      it("lists producers with their products", async () => {
        const { producers } = (await http.get("/store/producers?limit=100", store)).data
        expect(producers).toHaveLength(catalogue.producers.length)
        const withProducts = catalogue.producers.find((producer) => catalogue.products.some((product) => product.producerHandle === producer.handle))!
        const { producer } = (await http.get(`/store/producers/${withProducts.handle}`, store)).data
        expect(producer.products.length).toBeGreaterThan(0)
      })
    })

    describe("access", () => {
      it("refuses a store request without a publishable key, saying what is missing", async () => {
        const response = await http.get("/store/products").catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })

      it("accepts the seeded admin login and refuses a wrong password", async () => {
        const login = await http.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-admin-2025" })
        const { data } = await http.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(data.user.email).toBe("admin@ocop.local")
        const wrong = await http.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "wrong-password" }).catch((error: { response: unknown }) => error.response)
        expect(wrong.status).toBe(401)
      })
    })
  },
})
