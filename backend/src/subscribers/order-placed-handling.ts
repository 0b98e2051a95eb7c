import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderHandlingWorkflow } from "../workflows/operations/workflows/record-order-handling"

/** A placed order enters its showroom's queue. */
export default async function orderPlacedHandling({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderHandlingWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-handling" } }
