import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateShowroomStep, type UpdateShowroomInput } from "../steps/update-showroom"

/** Updates a showroom's details after checking them. */
export const updateShowroomWorkflow = createWorkflow("update-showroom", (input: UpdateShowroomInput) => new WorkflowResponse(updateShowroomStep(input)))
