import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readOrderMessage } from "../lib/operations/order-message-data"
import { sendMessageWorkflow } from "../workflows/notification/workflows/send-message"

/** An order was cancelled (by a showroom, with its reason, or by staff): the shopper is told. */
export default async function notifyOrderCancelled({ event, container }: SubscriberArgs<{ id: string }>) {
  const message = await readOrderMessage(container, event.data.id)
  if (!message) return
  await sendMessageWorkflow(container).run({
    input: { ...message, template: "order-cancelled", resource_type: "order", resource_id: event.data.id, idempotency_key: `order-cancelled:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "order-canceled" } }
