import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerInviteStep } from "../steps/create-producer-invite"

/** Province staff invite a producer to open their portal account; returns the link's token. */
export const inviteProducerWorkflow = createWorkflow("invite-producer", (input: { producer_id: string; email: string }) => {
  return new WorkflowResponse(createProducerInviteStep(input))
})
