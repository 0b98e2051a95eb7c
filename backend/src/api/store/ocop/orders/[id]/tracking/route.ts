import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderHandlingStatus, OrderTracking } from "@ocop/types"
import { OPERATOR_MODULE } from "../../../../../../modules/operator"
import type OperatorModuleService from "../../../../../../modules/operator/service"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../../../../views/showroom-view"

type OrderRecord = { id: string; metadata?: Record<string, unknown> | null }

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/**
 * GET /store/ocop/orders/:id/tracking: where the shopper's order stands, with the pickup code and
 * the showroom (address, hours) for a pickup, the tracking number once shipped, or why it was
 * cancelled. Like Medusa's `/store/orders/:id` it answers whoever holds the order id.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: req.params.id! } })
  const order = data[0] as OrderRecord | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no order with id ${req.params.id}.`)
  }
  // the queue entry is written just after the order is placed: until then it is simply "placed"
  const [handling] = await req.scope.resolve<OperatorModuleService>(OPERATOR_MODULE).listOrderHandlings({ order_id: order.id })
  const metadata = order.metadata ?? {}
  const method = handling?.method ?? (metadata.delivery_method === "pickup" ? "pickup" : "delivery")
  const showroomId = method === "pickup" && typeof metadata.pickup_showroom_id === "string" ? metadata.pickup_showroom_id : null
  const { data: showrooms } = showroomId ? await query.graph({ entity: "showroom", fields: showroomFields(), filters: { id: showroomId } }) : { data: [] }
  const tracking: OrderTracking = {
    orderId: order.id,
    method,
    status: (handling?.status ?? "placed") as OrderHandlingStatus,
    pickupCode: method === "pickup" && typeof metadata.pickup_code === "string" ? metadata.pickup_code : null,
    showroom: showrooms[0] ? toShowroomSummary(showrooms[0] as ShowroomRecord) : null,
    carrier: handling?.carrier ?? null,
    trackingNumber: handling?.tracking_number ?? null,
    cancelReason: handling?.cancel_reason ?? null,
    readyAt: iso(handling?.ready_at),
    handedOverAt: iso(handling?.handed_over_at),
    shippedAt: iso(handling?.shipped_at),
    cancelledAt: iso(handling?.cancelled_at),
  }
  res.json({ tracking })
}
