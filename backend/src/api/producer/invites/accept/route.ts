import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/workflows/accept-producer-invite"
import type { ProducerAcceptInviteType } from "../../validators"

/**
 * POST /producer/invites/accept: open the account an invitation is for, with a password. The
 * producer then logs in at /auth/producer/emailpass with the invited email.
 */
export async function POST(req: MedusaRequest<ProducerAcceptInviteType>, res: MedusaResponse) {
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ email: result.email })
}
