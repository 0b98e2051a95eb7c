import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { updateShowroomStep, type UpdateShowroomInput } from "../steps/update-showroom"

/** Updates a showroom's details after checking them. */
export const updateShowroomWorkflow = createWorkflow("update-showroom", (input: UpdateShowroomInput) => {
  const showroom = updateShowroomStep(input)
  emitEventStep({ eventName: OcopEvents.SHOWROOM_UPDATED, data: { id: input.id } })
  return new WorkflowResponse(showroom)
})
