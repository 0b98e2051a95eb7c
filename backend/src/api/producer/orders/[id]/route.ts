import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listProducerOrders } from "../../../../lib/producer-portal/producer-orders"

/** GET /producer/orders/:id: one order with the producer's lines; 404 when it holds none of theirs. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  const [order] = await listProducerOrders(req.scope, req.auth_context.actor_id, id)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no order with id ${id}.`)
  }
  res.json({ order })
}
