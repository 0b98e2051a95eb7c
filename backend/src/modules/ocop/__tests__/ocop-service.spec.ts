import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OCOP_MODULE } from ".."
import { OcopArea } from "../models/ocop-area"
import { OcopCertification } from "../models/ocop-certification"
import { OcopProduct } from "../models/ocop-product"
import type OcopModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<OcopModuleService>({
  moduleName: OCOP_MODULE,
  moduleModels: [OcopProduct, OcopCertification, OcopArea],
  resolve: "./src/modules/ocop",
  testSuite: ({ service }) => {
    const decision = { group_code: "food" as const, star_level: 3, decision_number: "38/QĐ-UBND", decision_date: "2019-12-31" }

    it("keeps a product's certification history, the current one and those it replaced", async () => {
      const product = await service.createOcopProducts({ origin_legacy_district: "Bố Trạch" })
      await service.createOcopCertifications({ ...decision, ocop_product_id: product.id, state: "superseded" })
      await service.createOcopCertifications({ ...decision, decision_number: "12/QĐ-UBND", decision_date: "2023-05-02", ocop_product_id: product.id })
      const [withHistory] = await service.listOcopProducts({ id: product.id }, { relations: ["certifications"] })
      expect(withHistory!.certifications.map((c) => [c.decision_number, c.state]).sort()).toEqual([
        ["12/QĐ-UBND", "current"],
        ["38/QĐ-UBND", "superseded"],
      ])
    })

    it("refuses a second current certification for one product at the database", async () => {
      const product = await service.createOcopProducts({})
      await service.createOcopCertifications({ ...decision, ocop_product_id: product.id })
      await expect(service.createOcopCertifications({ ...decision, decision_number: "2/QĐ", ocop_product_id: product.id })).rejects.toThrow()
    })

    it("lets one decision certify several products but not one product twice", async () => {
      const [first, second] = await service.createOcopProducts([{}, {}])
      await service.createOcopCertifications({ ...decision, ocop_product_id: first!.id })
      await service.createOcopCertifications({ ...decision, ocop_product_id: second!.id })
      await expect(service.createOcopCertifications({ ...decision, state: "superseded", ocop_product_id: first!.id })).rejects.toThrow()
    })

    it("accepts a certification whose source publishes no level, number or exact date", async () => {
      const product = await service.createOcopProducts({})
      const certification = await service.createOcopCertifications({ group_code: "herbal", star_level: null, stars_min: 3, decision_number: null, decision_date: null, ocop_product_id: product.id })
      expect(certification).toMatchObject({ star_level: null, stars_min: 3, state: "current" })
    })

    it("refuses an unknown product group and an unknown awarding level", async () => {
      const product = await service.createOcopProducts({})
      await expect(service.createOcopCertifications({ ...decision, group_code: "toys" as never, ocop_product_id: product.id })).rejects.toThrow()
      await expect(service.createOcopCertifications({ ...decision, awarding_level: "village" as never, ocop_product_id: product.id })).rejects.toThrow()
    })

    it("keeps area codes unique", async () => {
      await service.createOcopAreas({ code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district" })
      await expect(service.createOcopAreas({ code: "bo-trach", name: "Bố Trạch", full_name: "x", type: "district" })).rejects.toThrow()
    })
  },
})
