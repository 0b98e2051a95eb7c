import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerData } from "../workflows/create-producers"

/** Creates producers. Compensation deletes them. */
export const createProducersStep = createStep(
  "create-producers",
  async (producers: ProducerData[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const created = await service.createProducers(producers.map((producer) => ({ ...producer, name: producer.name ?? "", province: producer.province ?? "" })))
    return new StepResponse(created, created.map((producer) => producer.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducers(ids)
    }
  }
)
