import { model } from "@medusajs/framework/utils"
import { ORDER_HANDLING_STATUSES } from "@ocop/types"

/**
 * How a showroom handles one order: which showroom serves it (the pickup showroom, or for home
 * delivery the showroom whose stock Medusa reserved), its status and what the counter recorded.
 * `showroom_id` is null for a delivery served from the provincial warehouse.
 */
export const OrderHandling = model
  .define("order_handling", {
    id: model.id({ prefix: "ohnd" }).primaryKey(),
    order_id: model.text().unique(),
    showroom_id: model.text().nullable(),
    method: model.enum(["pickup", "delivery"]),
    status: model.enum([...ORDER_HANDLING_STATUSES]).default("placed"),
    accepted_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    handed_over_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    cancel_reason: model.text().nullable(),
    /** the operator who last changed it */
    operator_id: model.text().nullable(),
  })
  .indexes([{ on: ["showroom_id", "status"] }])
