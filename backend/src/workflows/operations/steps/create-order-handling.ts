import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

type OrderRecord = { id: string; metadata?: Record<string, unknown> | null; items?: Array<{ id: string } | null> }
type ShowroomRecord = { id: string; stock_location?: { id: string } | null }

/**
 * Files a placed order with the showroom that serves it: the pickup showroom, or for home
 * delivery the showroom where Medusa reserved its stock (most lines; none when the provincial
 * warehouse holds it). Running it twice for one order changes nothing. Compensation deletes it.
 */
export const createOrderHandlingStep = createStep(
  "create-order-handling",
  async ({ order_id }: { order_id: string }, { container }) => {
    const service = container.resolve<OperatorModuleService>(OPERATOR_MODULE)
    const [existing] = await service.listOrderHandlings({ order_id })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "items.id"], filters: { id: order_id } })
    const order = data[0] as OrderRecord
    const method = order.metadata?.delivery_method === "pickup" ? "pickup" : "delivery"
    let showroom_id = method === "pickup" && typeof order.metadata?.pickup_showroom_id === "string" ? order.metadata.pickup_showroom_id : null
    if (method === "delivery") {
      const lineIds = (order.items ?? []).flatMap((item) => (item ? [item.id] : []))
      const reservations = lineIds.length ? await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineIds }) : []
      const { data: showrooms } = await query.graph({ entity: "showroom", fields: ["id", "stock_location.id"] })
      const lines = new Map<string, number>()
      for (const reservation of reservations) {
        const showroom = (showrooms as ShowroomRecord[]).find((candidate) => candidate.stock_location?.id === reservation.location_id)
        if (showroom) lines.set(showroom.id, (lines.get(showroom.id) ?? 0) + 1)
      }
      showroom_id = [...lines.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
    }
    const handling = await service.createOrderHandlings({ order_id, method, showroom_id, status: "placed" })
    return new StepResponse(handling, handling.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<OperatorModuleService>(OPERATOR_MODULE).deleteOrderHandlings(id)
    }
  }
)
