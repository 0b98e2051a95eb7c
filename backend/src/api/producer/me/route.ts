import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducersWorkflow } from "../../../workflows/producer/workflows/update-producers"
import type { ProducerUpdateProfileType } from "../validators"
import { readOwnProfile } from "./read-own-profile"

/** GET /producer/me: the logged-in producer's profile. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await readOwnProfile(req) })
}

/** POST /producer/me: change the story (vi, en), contact and street address of the profile. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProfileType>, res: MedusaResponse) {
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ id: req.auth_context.actor_id, ...req.validatedBody }] } })
  res.json({ producer: await readOwnProfile(req) })
}
