import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducersWorkflow } from "../../../workflows/producer/workflows/update-producers"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../views/producer-view"
import type { ProducerUpdateProfileType } from "../validators"

/** The logged-in producer's profile. */
export async function readOwnProfile(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: producerFields(), filters: { id: req.auth_context.actor_id } })
  const record = data[0] as ProducerRecord | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your producer record no longer exists; contact province staff.")
  }
  return toProducerSummary(record)
}

/** GET /producer/me: the logged-in producer's profile. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await readOwnProfile(req) })
}

/** POST /producer/me: change the story (vi, en) and contact of the profile. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProfileType>, res: MedusaResponse) {
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ id: req.auth_context.actor_id, ...req.validatedBody }] } })
  res.json({ producer: await readOwnProfile(req) })
}
