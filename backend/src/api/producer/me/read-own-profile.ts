import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../views/producer-view"

/** The logged-in producer's profile. */
export async function readOwnProfile(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: producerFields(), filters: { id: req.auth_context.actor_id } })
  const record = data[0] as ProducerRecord | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your producer record no longer exists; contact province staff.")
  }
  return toProducerSummary(record)
}
