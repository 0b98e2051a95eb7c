import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OcopEvents } from "../lib/ocop-events"
import { readOrderMessage } from "../lib/operations/order-message-data"
import { sendMessageWorkflow } from "../workflows/notification/workflows/send-message"

/** A pickup order is ready: the shopper gets the code, the showroom's address and hours. */
export default async function notifyOrderReadyForPickup({ event, container }: SubscriberArgs<{ id: string }>) {
  const message = await readOrderMessage(container, event.data.id)
  if (!message) return
  await sendMessageWorkflow(container).run({
    input: { ...message, template: "order-ready-for-pickup", resource_type: "order", resource_id: event.data.id, idempotency_key: `order-ready-for-pickup:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: OcopEvents.ORDER_READY_FOR_PICKUP, context: { subscriberId: "order-ready-for-pickup" } }
