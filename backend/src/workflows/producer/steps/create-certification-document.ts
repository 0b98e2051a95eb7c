import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type Input = { producer_id: string; title: string; file_id: string; url: string; filename: string; mime_type: string; size: number }

/** Records a document a producer uploaded for staff. Compensation deletes the record. */
export const createCertificationDocumentStep = createStep(
  "create-certification-document",
  async (input: Input, { container }) => {
    const document = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).createCertificationDocuments(input)
    return new StepResponse(document, document.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteCertificationDocuments(id)
    }
  }
)
