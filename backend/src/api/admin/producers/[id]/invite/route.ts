import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerWorkflow } from "../../../../../workflows/producer/workflows/invite-producer"
import type { AdminInviteProducerType } from "../../validators"

/** POST /admin/producers/:id/invite: mail the producer a link to open their account (replacing earlier links). */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteProducerType>, res: MedusaResponse) {
  const { result } = await inviteProducerWorkflow(req.scope).run({ input: { producer_id: (req.params as { id: string }).id, ...req.validatedBody } })
  res.status(201).json({ invite: { id: result.id, email: result.email, expiresAt: new Date(result.expires_at).toISOString(), url: result.url } })
}
