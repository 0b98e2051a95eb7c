import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkProducerInviteStep } from "../steps/check-producer-invite"
import { registerProducerIdentityStep } from "../steps/register-producer-identity"
import { consumeProducerInviteStep } from "../steps/consume-producer-invite"

/** A producer opens their account from an invitation: sets a password, and the link is used up. */
export const acceptProducerInviteWorkflow = createWorkflow("accept-producer-invite", (input: { token: string; password: string }) => {
  const invite = checkProducerInviteStep({ token: input.token })
  registerProducerIdentityStep(transform({ invite, input }, ({ invite: i, input: given }) => ({ email: i.email, password: given.password, producer_id: i.producer_id })))
  consumeProducerInviteStep(transform({ invite }, ({ invite: i }) => ({ id: i.id })))
  return new WorkflowResponse(transform({ invite }, ({ invite: i }) => ({ email: i.email, producer_id: i.producer_id })))
})
