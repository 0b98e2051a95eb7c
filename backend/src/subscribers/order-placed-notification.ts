import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readOrderMessage } from "../lib/operations/order-message-data"
import { sendMessageWorkflow } from "../workflows/notification/workflows/send-message"

/** A placed order: the shopper gets what they ordered and, for a pickup, the code and where to collect. */
export default async function notifyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const message = await readOrderMessage(container, event.data.id)
  if (!message) return
  await sendMessageWorkflow(container).run({
    input: { ...message, template: "order-placed", resource_type: "order", resource_id: event.data.id, idempotency_key: `order-placed:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-notification" } }
