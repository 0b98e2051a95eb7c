const ORDER = ["pending", "completed", "canceled", "archived", "requires_action", "draft"] as const
const PAYMENT = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "refunded",
  "partially_refunded",
  "canceled",
  "requires_action",
] as const
const FULFILLMENT = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const

function known<Key extends string>(keys: readonly Key[], status: string): Key | "other" {
  return keys.find((key) => key === status) ?? "other"
}

/** The message key (`Account.orderStatus.*`) of an order's status; "other" for one the shop has no words for yet. */
export function orderStatusKey(status: string): (typeof ORDER)[number] | "other" {
  return known(ORDER, status)
}

/** The message key (`Account.paymentStatus.*`) of an order's payment status. */
export function paymentStatusKey(status: string): (typeof PAYMENT)[number] | "other" {
  return known(PAYMENT, status)
}

/** The message key (`Account.fulfillmentStatus.*`) of an order's fulfilment status. */
export function fulfillmentStatusKey(status: string): (typeof FULFILLMENT)[number] | "other" {
  return known(FULFILLMENT, status)
}
