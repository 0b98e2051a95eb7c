import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from ".."
import { CertificationDocument } from "../models/certification-document"
import { Producer } from "../models/producer"
import { ProducerInvite } from "../models/producer-invite"
import { ProductReview } from "../models/product-review"
import type ProducerModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ProducerModuleService>({
  moduleName: PRODUCER_MODULE,
  moduleModels: [Producer, ProducerInvite, ProductReview, CertificationDocument],
  resolve: "./src/modules/producer",
  testSuite: ({ service }) => {
    const htx = { handle: "htx-tuan-linh", name: "HTX Tuấn Linh", province: "Quảng Trị", commune: "Đông Trạch", legacy_district: "Bố Trạch", legacy_commune: "Sơn Lộc", type: "cooperative" as const }

    it("stores the 2025 address with the pre-reform district and commune as labels", async () => {
      const producer = await service.createProducers(htx)
      expect(producer).toMatchObject({ province: "Quảng Trị", commune: "Đông Trạch", legacy_district: "Bố Trạch", legacy_commune: "Sơn Lộc", verified: false, fictional: false })
    })

    it("keeps handles unique and types to the four kinds of producer", async () => {
      await service.createProducers(htx)
      await expect(service.createProducers({ ...htx, name: "Another" })).rejects.toThrow()
      await expect(service.createProducers({ ...htx, handle: "other", type: "farm" as never })).rejects.toThrow()
    })

    it("allows a producer whose type the source does not state", async () => {
      const producer = await service.createProducers({ ...htx, handle: "nhu-man", name: "Như Mận", type: null })
      expect(producer.type).toBeNull()
    })

    it("keeps an invitation's token hash unique and a review to its four stages", async () => {
      const producer = await service.createProducers(htx)
      const invite = { producer_id: producer.id, email: "htx@example.vn", token_hash: "a".repeat(64), expires_at: new Date() }
      await service.createProducerInvites(invite)
      await expect(service.createProducerInvites({ ...invite, email: "other@example.vn" })).rejects.toThrow()
      expect((await service.createProductReviews({ producer_id: producer.id })).status).toBe("draft")
      await expect(service.createProductReviews({ producer_id: producer.id, status: "published" as never })).rejects.toThrow()
    })
  },
})
