import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders } from "../../../lib/producer-portal/producer-orders"

/** GET /producer/orders: orders holding the producer's products, with only their lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orders = await listProducerOrders(req.scope, req.auth_context.actor_id)
  res.json({ orders, count: orders.length })
}
