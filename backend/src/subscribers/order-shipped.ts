import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OcopEvents } from "../lib/ocop-events"
import { readOrderMessage } from "../lib/operations/order-message-data"
import { sendMessageWorkflow } from "../workflows/notification/workflows/send-message"

/** A home-delivery order left: the shopper gets the carrier and tracking number. */
export default async function notifyOrderShipped({ event, container }: SubscriberArgs<{ id: string }>) {
  const message = await readOrderMessage(container, event.data.id)
  if (!message) return
  await sendMessageWorkflow(container).run({
    input: { ...message, template: "order-shipped", resource_type: "order", resource_id: event.data.id, idempotency_key: `order-shipped:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: OcopEvents.ORDER_SHIPPED, context: { subscriberId: "order-shipped" } }
