import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/producer-portal/invite-token"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/**
 * Finds the invitation a token opens and refuses one that is unknown, used, replaced or expired,
 * each with a sentence saying what to do. Writes nothing.
 */
export const checkProducerInviteStep = createStep("check-producer-invite", async ({ token }: { token: string }, { container }) => {
  const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [invite] = await service.listProducerInvites({ token_hash: hashInviteToken(token) })
  const askAgain = "Ask province staff for a new invitation."
  if (!invite) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This invitation link is not valid. ${askAgain}`)
  }
  if (invite.accepted_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already used: log in with your email and password, or reset your password.")
  }
  if (invite.revoked_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A newer invitation replaced this one: use the latest link you received. ${askAgain}`)
  }
  if (new Date(invite.expires_at).getTime() < Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invitation expired. ${askAgain}`)
  }
  return new StepResponse({ id: invite.id, email: invite.email, producer_id: invite.producer_id })
})
