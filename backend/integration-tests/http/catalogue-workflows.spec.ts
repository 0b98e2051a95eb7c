import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { certificationExpiry } from "@ocop/domain"
import { seedTestShop } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { certifyProductWorkflow } from "../../src/workflows/ocop/workflows/certify-product"
import { revokeCertificationWorkflow } from "../../src/workflows/ocop/workflows/revoke-certification"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"
import { updateProducersWorkflow } from "../../src/workflows/producer/workflows/update-producers"
import { openShowroomWorkflow, type OpenShowroomInput } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"

jest.setTimeout(120_000)

const SHOWROOM: OpenShowroomInput = {
  name: "Điểm bán OCOP thử nghiệm",
  level: "district",
  area_code: "bo-trach",
  province: "Quảng Trị",
  commune: "Hoàn Lão",
  legacy_district: "Bố Trạch",
  phone: "0912 000 111",
  opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }],
}

/** Runs a workflow and returns the error it ends with, for assertions on refusals. */
async function failure(run: () => Promise<unknown>): Promise<Error & { type?: string }> {
  try {
    await run()
  } catch (error) {
    return error as Error & { type?: string }
  }
  throw new Error("the workflow was expected to fail")
}

async function counts(container: MedusaContainer) {
  const [locations, channels, sets, options, showrooms] = await Promise.all([
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({}),
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}),
    container.resolve(Modules.FULFILLMENT).listFulfillmentSets({}),
    container.resolve(Modules.FULFILLMENT).listShippingOptions({}),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["id"] }),
  ])
  return { locations: locations.length, channels: channels.length, sets: sets.length, options: options.length, showrooms: showrooms.data.length }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let productId = ""
    let variantId = ""

    beforeAll(async () => {
      const container = getContainer()
      await seedTestShop(container)
      await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([{ code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district" }])
      const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "dua-go-quang-thuy" }, { relations: ["variants"] })
      productId = product!.id
      variantId = product!.variants[0]!.id
    })

    describe("certify-product", () => {
      const decision = { star_level: 4, group_code: "handicrafts" as const, score: 78.5, decision_number: "123/QĐ-UBND", decision_date: "2025-03-10", awarding_level: "province" as const }

      it("certifies a product and derives the expiry 36 months on", async () => {
        const { result } = await certifyProductWorkflow(getContainer()).run({ input: { product_id: productId, ...decision } })
        expect(result).toMatchObject({ star_level: 4, state: "current", decision_date: "2025-03-10" })
        expect(certificationExpiry(result.decision_date!)).toBe("2028-03-10")
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product",
          fields: ["ocop_product.certifications.*"],
          filters: { id: productId },
        })
        const [product] = data as Array<{ ocop_product?: { certifications?: unknown[] } | null }>
        expect(product?.ocop_product?.certifications).toHaveLength(1)
      })

      it("renews: the new decision is current, the old one kept as superseded history", async () => {
        const container = getContainer()
        await certifyProductWorkflow(container).run({ input: { product_id: productId, ...decision } })
        await certifyProductWorkflow(container).run({
          input: { product_id: productId, ...decision, star_level: 5, score: 91, decision_number: "45/QĐ-BNN", decision_date: "2026-09-01", awarding_level: "central" },
        })
        const certifications = await container.resolve<OcopModuleService>(OCOP_MODULE).listOcopCertifications({}, { order: { decision_date: "ASC" } })
        expect(certifications.map((c) => [c.decision_number, c.state])).toEqual([
          ["123/QĐ-UBND", "superseded"],
          ["45/QĐ-BNN", "current"],
        ])
      })

      it("refuses a duplicate decision number and writes nothing", async () => {
        const container = getContainer()
        await certifyProductWorkflow(container).run({ input: { product_id: productId, ...decision } })
        const error = await failure(() => certifyProductWorkflow(container).run({ input: { product_id: productId, ...decision } }))
        expect(error.type).toBe("duplicate_error")
        expect(error.message).toMatch(/Decision 123\/QĐ-UBND is already recorded/)
        expect(await container.resolve<OcopModuleService>(OCOP_MODULE).listOcopCertifications({})).toHaveLength(1)
      })

      it("lets one decision certify several products, but keeps one date per decision", async () => {
        const container = getContainer()
        const [other] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "mat-ong-hoa-son" })
        await certifyProductWorkflow(container).run({ input: { product_id: productId, ...decision } })
        await certifyProductWorkflow(container).run({ input: { product_id: other!.id, ...decision, group_code: "food" } })
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "ocop_certification", fields: ["id"], filters: { decision_number: decision.decision_number } })
        expect(data).toHaveLength(2)
        const [third] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "khoai-deo-nhu-man" })
        const error = await failure(() => certifyProductWorkflow(container).run({ input: { product_id: third!.id, ...decision, group_code: "food", decision_date: "2025-03-11" } }))
        expect(error.message).toBe("Decision 123/QĐ-UBND is already recorded with the date 2025-03-10; one decision has one date. Check the number or the date.")
      })

      it("refuses a score outside the star band, a future date and a wrong awarding level, in sentences", async () => {
        const error = await failure(() =>
          certifyProductWorkflow(getContainer()).run({
            input: { product_id: productId, ...decision, star_level: 3, score: 75, decision_date: "2099-01-01", awarding_level: "central" },
          })
        )
        expect(error.type).toBe("invalid_data")
        expect(error.message).toMatch(/3-star product scores from 50 to under 70/)
        expect(error.message).toMatch(/2099-01-01 is in the future/)
        const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
        expect(await ocop.listOcopProducts({})).toHaveLength(0)
      })

      it("answers not found for an unknown product", async () => {
        const error = await failure(() => certifyProductWorkflow(getContainer()).run({ input: { product_id: "prod_missing", ...decision } }))
        expect(error.type).toBe("not_found")
      })
    })

    describe("revoke-certification", () => {
      it("keeps the certification in the history, revoked with the reason", async () => {
        const container = getContainer()
        const { result } = await certifyProductWorkflow(container).run({
          input: { product_id: productId, star_level: 3, group_code: "handicrafts", decision_number: "9/QĐ-UBND", decision_date: "2025-08-01", awarding_level: "province" },
        })
        const { result: revoked } = await revokeCertificationWorkflow(container).run({ input: { certification_id: result.id, reason: "Sản phẩm không còn đạt tiêu chí" } })
        expect(revoked).toMatchObject({ state: "revoked", revocation_reason: "Sản phẩm không còn đạt tiêu chí" })
        const again = await failure(() => revokeCertificationWorkflow(container).run({ input: { certification_id: result.id, reason: "again" } }))
        expect(again.message).toBe("This certification is already revoked.")
      })
    })

    describe("create-producers and update-producers", () => {
      it("stores the phone in national form and derives the handle from the name", async () => {
        const { result } = await createProducersWorkflow(getContainer()).run({
          input: { producers: [{ name: "HTX Đũa gỗ Quảng Thủy", type: "cooperative", province: "Quảng Trị", phone: "+84 912 345 678" }] },
        })
        expect(result[0]).toMatchObject({ handle: "htx-dua-go-quang-thuy", phone: "0912345678", type: "cooperative" })
      })

      it("refuses a phone number that is not Vietnamese and a malformed email, creating nothing", async () => {
        const error = await failure(() =>
          createProducersWorkflow(getContainer()).run({
            input: { producers: [{ name: "Cơ sở A", province: "Quảng Trị", phone: "12345", email: "not-an-email" }] },
          })
        )
        expect(error.type).toBe("invalid_data")
        expect(error.message).toMatch(/"12345" is not a Vietnamese phone number/)
        expect(error.message).toMatch(/"not-an-email" is not an email address/)
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id"] })
        expect(data).toHaveLength(0)
      })

      it("updates a producer and answers not found for an unknown id", async () => {
        const container = getContainer()
        const { result } = await createProducersWorkflow(container).run({ input: { producers: [{ name: "Cơ sở B", province: "Quảng Trị" }] } })
        const { result: updated } = await updateProducersWorkflow(container).run({ input: { producers: [{ id: result[0]!.id, story_vi: "Làm nghề từ 1990." }] } })
        expect(updated[0]).toMatchObject({ name: "Cơ sở B", story_vi: "Làm nghề từ 1990." })
        const error = await failure(() => updateProducersWorkflow(container).run({ input: { producers: [{ id: "pdcr_missing", name: "X" }] } }))
        expect(error.type).toBe("not_found")
      })
    })

    describe("open-showroom and stock-showroom", () => {
      it("opens a showroom with its stock location, sales channel and a free pickup option", async () => {
        const container = getContainer()
        const { result } = await openShowroomWorkflow(container).run({ input: SHOWROOM })
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "showroom",
          fields: ["handle", "phone", "stock_location.name", "stock_location.fulfillment_sets.type", "stock_location.fulfillment_sets.service_zones.shipping_options.name", "sales_channel.name"],
          filters: { id: result.id },
        })
        expect(data[0]).toMatchObject({
          handle: "diem-ban-ocop-thu-nghiem",
          phone: "0912000111",
          stock_location: {
            name: SHOWROOM.name,
            fulfillment_sets: [{ type: "pickup", service_zones: [{ shipping_options: [{ name: `Nhận tại ${SHOWROOM.name}` }] }] }],
          },
          sales_channel: { name: SHOWROOM.name },
        })
      })

      it("rolls everything back when it fails part-way (a second showroom with the same handle)", async () => {
        const container = getContainer()
        await openShowroomWorkflow(container).run({ input: SHOWROOM })
        const before = await counts(container)
        // passes validation, then fails at the last write: the showroom's unique handle
        await failure(() => openShowroomWorkflow(container).run({ input: { ...SHOWROOM, phone: "0912000222" } }))
        expect(await counts(container)).toEqual(before)
      })

      it("refuses an unknown area and a phone that is not Vietnamese", async () => {
        const error = await failure(() => openShowroomWorkflow(getContainer()).run({ input: { ...SHOWROOM, area_code: "ha-noi", phone: "99" } }))
        expect(error.message).toMatch(/"99" is not a Vietnamese phone number/)
        expect(error.message).toMatch(/"ha-noi" is not an area of the province/)
      })

      it("stocks a product at the showroom and puts it on the showroom's sales channel", async () => {
        const container = getContainer()
        const { result } = await openShowroomWorkflow(container).run({ input: SHOWROOM })
        await stockShowroomWorkflow(container).run({ input: { showroom_id: result.id, items: [{ variant_id: variantId, stocked_quantity: 5 }] } })
        await stockShowroomWorkflow(container).run({ input: { showroom_id: result.id, items: [{ variant_id: variantId, stocked_quantity: 8 }] } })
        const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: result.location_id })
        expect(levels.map((level) => level.stocked_quantity)).toEqual([8])
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product",
          fields: ["sales_channels.id"],
          filters: { id: productId },
        })
        expect(data[0]?.sales_channels?.map((channel: { id: string } | null) => channel?.id)).toContain(result.sales_channel_id)
      })

      it("answers not found for an unknown showroom and refuses negative stock", async () => {
        const container = getContainer()
        const missing = await failure(() => stockShowroomWorkflow(container).run({ input: { showroom_id: "shwr_missing", items: [{ variant_id: variantId, stocked_quantity: 1 }] } }))
        expect(missing.type).toBe("not_found")
        const { result } = await openShowroomWorkflow(container).run({ input: SHOWROOM })
        const negative = await failure(() => stockShowroomWorkflow(container).run({ input: { showroom_id: result.id, items: [{ variant_id: variantId, stocked_quantity: -2 }] } }))
        expect(negative.type).toBe("invalid_data")
      })
    })
  },
})
