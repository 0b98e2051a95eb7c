import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** Marks an invitation used, so its link never works again. Compensation makes it usable again. */
export const consumeProducerInviteStep = createStep(
  "consume-producer-invite",
  async ({ id }: { id: string }, { container }) => {
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id, accepted_at: new Date() })
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id, accepted_at: null })
    }
  }
)
