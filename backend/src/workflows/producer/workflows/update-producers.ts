import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { updateProducersStep } from "../steps/update-producers"
import { validateProducersStep } from "../steps/validate-producers"
import type { ProducerData } from "./create-producers"

/** Updates producers after checking they exist and that the new values are valid. */
export const updateProducersWorkflow = createWorkflow(
  "update-producers",
  (input: { producers: Array<ProducerData & { id: string }> }) => {
    const checked = validateProducersStep(input)
    const updates = transform({ checked }, ({ checked: list }) => list.map((producer) => ({ ...producer, id: producer.id! })))
    const updated = updateProducersStep(updates)
    emitEventStep({ eventName: OcopEvents.PRODUCER_UPDATED, data: transform({ updates }, ({ updates: list }) => list.map(({ id }) => ({ id }))) })
    return new WorkflowResponse(updated)
  }
)
