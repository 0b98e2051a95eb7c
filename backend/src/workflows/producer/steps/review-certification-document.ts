import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type Input = { producer_id: string; document_id: string; status: "accepted" | "refused"; reason: string | null }

/**
 * Records staff's check of one of a producer's documents: accepted, or refused with the reason
 * the producer reads. Another producer's document is a 404. Compensation restores the check before.
 */
export const reviewCertificationDocumentStep = createStep(
  "review-certification-document",
  async ({ producer_id, document_id, status, reason }: Input, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [before] = await service.listCertificationDocuments({ id: document_id, producer_id })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `This producer has no document with id ${document_id}.`)
    }
    const updated = await service.updateCertificationDocuments({ id: document_id, status, refusal_reason: status === "refused" ? reason : null, reviewed_at: new Date() })
    return new StepResponse(updated, { id: before.id, status: before.status, refusal_reason: before.refusal_reason, reviewed_at: before.reviewed_at })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateCertificationDocuments(before)
    }
  }
)
