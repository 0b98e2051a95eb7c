import { ORDER_HANDLING_STATUSES } from "@ocop/types"
import { z } from "zod"
import { listParam } from "../validate-query"

// Checks as refinements: Medusa words the built-in size checks itself and drops our sentence.
const text = (name: string, max: number) =>
  z
    .string({ error: `${name} is required` })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, `${name} is required`)
    .refine((value) => value.length <= max, `${name} is at most ${max} characters`)

/** Filters of a showroom's order queue. */
export const OperatorListOrders = z.object({
  status: listParam(z.enum(ORDER_HANDLING_STATUSES, { error: `status is one of ${ORDER_HANDLING_STATUSES.join(", ")}` })),
  method: z.enum(["pickup", "delivery"], { error: "method is pickup or delivery" }).optional(),
  showroom_id: z.string().optional(),
  limit: z.coerce.number({ error: "limit is a number" }).int().refine((value) => value >= 1 && value <= 100, "limit is between 1 and 100").default(50),
  offset: z.coerce.number({ error: "offset is a number" }).int().refine((value) => value >= 0, "offset cannot be negative").default(0),
})

export type OperatorListOrdersType = z.infer<typeof OperatorListOrders>

/** The code the shopper shows at the counter. */
export const OperatorHandOverOrder = z.object({ pickup_code: text("pickup_code", 20) }).strict()

export type OperatorHandOverOrderType = z.infer<typeof OperatorHandOverOrder>

/** Who carries a home-delivery order, and its tracking number. */
export const OperatorShipOrder = z.object({ carrier: text("carrier", 100), tracking_number: text("tracking_number", 100) }).strict()

export type OperatorShipOrderType = z.infer<typeof OperatorShipOrder>

/** Why the order is cancelled (the shopper is told). */
export const OperatorCancelOrder = z.object({ reason: text("reason", 500) }).strict()

export type OperatorCancelOrderType = z.infer<typeof OperatorCancelOrder>

/** Which stock lines to list: all, or only those running low. */
export const OperatorListStock = z.object({ low: z.enum(["true", "false"], { error: "low is true or false" }).optional() })

export type OperatorListStockType = z.infer<typeof OperatorListStock>

/** A counted correction of one product's stock, with the reason. */
export const OperatorAdjustStock = z
  .object({
    variant_id: text("variant_id", 100),
    change: z
      .number({ error: "change is a whole number of units" })
      .refine((value) => Number.isInteger(value) && value !== 0, "change is a whole number of units, not 0 (negative takes units away)"),
    reason: text("reason", 500),
  })
  .strict()

export type OperatorAdjustStockType = z.infer<typeof OperatorAdjustStock>

/** A delivery received at the showroom: how many units of each product arrived. */
export const OperatorReceiveDelivery = z
  .object({
    items: z
      .array(
        z.object({
          variant_id: text("variant_id", 100),
          quantity: z.number({ error: "quantity is a whole number of units" }).refine((value) => Number.isInteger(value) && value > 0, "quantity is a whole number of units, at least 1"),
        })
      )
      .refine((items) => items.length > 0, "Give at least one item received."),
    note: z.string().max(500).optional(),
  })
  .strict()

export type OperatorReceiveDeliveryType = z.infer<typeof OperatorReceiveDelivery>
