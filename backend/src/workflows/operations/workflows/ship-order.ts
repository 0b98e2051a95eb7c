import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { checkOrderActionStep, type OrderActionInput } from "../steps/check-order-action"
import { updateOrderHandlingStep } from "../steps/update-order-handling"

/**
 * Ships a home-delivery order with a carrier and tracking number: Medusa fulfils it from the
 * serving showroom's stock and records the shipment; the shopper is told how to track it.
 */
export const shipOrderWorkflow = createWorkflow("ship-order", (input: OrderActionInput & { carrier: string; tracking_number: string }) => {
  const key = transform({ input }, ({ input: data }) => `ocop-order:${data.order_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checked = checkOrderActionStep(
    transform({ input }, ({ input: data }) => ({ order_id: data.order_id, operator_id: data.operator_id, showroom_ids: data.showroom_ids, action: "ship" as const }))
  )
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input: data, checked: found }) => ({ order_id: data.order_id, items: found.items, location_id: found.location_id, created_by: data.operator_id })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, checked, fulfillment }, ({ input: data, checked: found, fulfillment: made }) => ({
      order_id: data.order_id,
      fulfillment_id: made.id,
      items: found.items,
      created_by: data.operator_id,
      labels: [{ tracking_number: data.tracking_number, tracking_url: "", label_url: "" }],
      metadata: { carrier: data.carrier },
    })),
  })
  const handling = updateOrderHandlingStep(
    transform({ input, checked }, ({ input: data, checked: found }) => ({
      id: found.handling_id,
      changes: { status: "shipped" as const, shipped_at: new Date(), carrier: data.carrier, tracking_number: data.tracking_number, operator_id: data.operator_id },
    }))
  )
  emitEventStep({ eventName: OcopEvents.ORDER_SHIPPED, data: transform({ input }, ({ input: data }) => ({ id: data.order_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(handling)
})
