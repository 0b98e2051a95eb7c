import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerProfile } from "@ocop/types"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../views/producer-view"

/** The logged-in producer's profile, with the street address the public summary leaves out. */
export async function readOwnProfile(req: AuthenticatedMedusaRequest): Promise<ProducerProfile> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: [...producerFields(), "street"], filters: { id: req.auth_context.actor_id } })
  const record = data[0] as (ProducerRecord & { street: string | null }) | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your producer record no longer exists; contact province staff.")
  }
  return { ...toProducerSummary(record), street: record.street }
}
