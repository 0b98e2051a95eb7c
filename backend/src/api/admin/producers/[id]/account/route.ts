import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"

/**
 * GET /admin/producers/:id/account: whether the producer has opened their portal account (and
 * with which email), or which invitation is still open.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await service.listProducers({ id }, { select: ["id"] })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer with id ${id}.`)
  }
  const invites = await service.listProducerInvites({ producer_id: id }, { order: { created_at: "DESC" } })
  const accepted = invites.find((invite) => invite.accepted_at)
  const open = invites.find((invite) => !invite.accepted_at && !invite.revoked_at)
  res.json({
    account: accepted ? { email: accepted.email, openedAt: new Date(accepted.accepted_at!).toISOString() } : null,
    invite: !accepted && open ? { email: open.email, sentAt: new Date(open.created_at).toISOString(), expiresAt: new Date(open.expires_at).toISOString(), expired: new Date(open.expires_at).getTime() < Date.now() } : null,
  })
}
