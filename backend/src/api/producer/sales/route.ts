import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders, monthlySales } from "../../../lib/producer-portal/producer-orders"
import type { ProducerListSalesType } from "../validators"

/** GET /producer/sales?months=12: the producer's sales per month, this month last. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { months } = req.validatedQuery as ProducerListSalesType
  const orders = await listProducerOrders(req.scope, req.auth_context.actor_id)
  res.json({ months: monthlySales(orders, months, new Date()) })
}
