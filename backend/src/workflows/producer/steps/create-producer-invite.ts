import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken, INVITE_LIFETIME_MS, newInviteToken } from "../../../lib/producer-portal/invite-token"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type Input = { producer_id: string; email: string }

/**
 * Invites a producer to open their account: refuses a producer that already has one or an email
 * another account uses, withdraws the producer's earlier open invitations and stores a new one.
 * Returns the token (only its hash is stored). Compensation deletes it and restores the others.
 */
export const createProducerInviteStep = createStep(
  "create-producer-invite",
  async ({ producer_id, email: given }: Input, { container }) => {
    const email = given.trim().toLowerCase()
    if (!EMAIL.test(email)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${given}" is not an email address.`)
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [producer] = await service.listProducers({ id: producer_id }, { select: ["id", "name"] })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer with id ${producer_id}.`)
    }
    const invites = await service.listProducerInvites({ producer_id })
    if (invites.some((invite) => invite.accepted_at)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This producer already has an account; they can reset their password from the login page.")
    }
    const identities = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
    if (identities.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} already has an account in the shop; invite the producer with another email address.`)
    }
    const open = invites.filter((invite) => !invite.revoked_at)
    const now = new Date()
    if (open.length) {
      await service.updateProducerInvites(open.map((invite) => ({ id: invite.id, revoked_at: now })))
    }
    const token = newInviteToken()
    const invite = await service.createProducerInvites({ producer_id, email, token_hash: hashInviteToken(token), expires_at: new Date(now.getTime() + INVITE_LIFETIME_MS) })
    return new StepResponse({ id: invite.id, email, token, expires_at: invite.expires_at, producer_name: producer.name }, { id: invite.id, revoked: open.map((invite) => invite.id) })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducerInvites(created.id)
    if (created.revoked.length) {
      await service.updateProducerInvites(created.revoked.map((id) => ({ id, revoked_at: null })))
    }
  }
)
