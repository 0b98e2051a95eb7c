import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerData } from "../workflows/create-producers"

type ProducerUpdate = ProducerData & { id: string }

/** Updates producers. Compensation puts back the values they had. */
export const updateProducersStep = createStep(
  "update-producers",
  async (updates: ProducerUpdate[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await service.listProducers({ id: updates.map((update) => update.id) })
    const updated = await service.updateProducers(updates)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(
        before.map(({ created_at: _created, updated_at: _updated, deleted_at: _deleted, invites: _invites, reviews: _reviews, documents: _documents, ...values }) => values)
      )
    }
  }
)
