import type { ShowroomSummary } from "./ocop"

/** The operations console's first path segment in each language: `/vi/van-hanh`, `/en/operations`. */
export const OPERATIONS_CONSOLE_SEGMENT = { vi: "/van-hanh", en: "/operations" } as const

/** The console's page where an operator sets a new password (the mailed reset link opens it). */
export const OPERATIONS_RESET_PASSWORD_PAGE = "/reset-password"

/** Where an order stands at its showroom. */
export const ORDER_HANDLING_STATUSES = ["placed", "accepted", "ready_for_pickup", "handed_over", "shipped", "cancelled"] as const

export type OrderHandlingStatus = (typeof ORDER_HANDLING_STATUSES)[number]

/** Machine-readable codes of the refusals a shopper or operator may need to act on. */
export const OPERATION_ERROR_CODES = {
  /** checkout: the pickup showroom (or the shop) ran out of an item while the order was placed */
  soldOutAtShowroom: "sold_out_at_showroom",
  soldOut: "sold_out",
  /** checkout: too many shoppers completing at once; the items are still there, try again */
  checkoutBusy: "checkout_busy",
  /** checkout: the cart's payment was not confirmed (a card not yet paid, or refunded after a sold-out), so no order */
  paymentNotConfirmed: "payment_not_confirmed",
  /** the order is at another stage (handed over twice, shipping a cancelled order …) */
  orderStatus: "order_status",
  wrongPickupCode: "wrong_pickup_code",
} as const

/** What a shopper is told about their order, as `GET /store/ocop/orders/:id/tracking` answers. */
export type OrderTracking = {
  orderId: string
  method: "pickup" | "delivery"
  status: OrderHandlingStatus
  /** pickup only: the 6-digit code to show at the counter */
  pickupCode: string | null
  /** the pickup showroom (address, hours, phone); null for home delivery */
  showroom: ShowroomSummary | null
  carrier: string | null
  trackingNumber: string | null
  cancelReason: string | null
  readyAt: string | null
  handedOverAt: string | null
  shippedAt: string | null
  cancelledAt: string | null
}

/** An operator as `/admin/operators` lists them: their showroom (null for all), and `deactivated_at` set when they cannot log in. */
export type AdminOperatorView = {
  id: string
  email: string
  name: string
  phone: string | null
  all_showrooms: boolean
  deactivated_at: string | null
  created_at: string
  showroom: { id: string; name: string } | null
}

/** The signed-in operator and the showrooms they work for, as `GET /operator/me` answers. */
export type OperatorProfile = {
  id: string
  email: string
  name: string
  allShowrooms: boolean
  showrooms: ShowroomSummary[]
}

/** An order in a showroom's queue, as `/operator/orders` lists it. */
export type OperatorOrder = {
  id: string
  displayId: number
  createdAt: string
  showroomId: string | null
  method: "pickup" | "delivery"
  status: OrderHandlingStatus
  customer: { name: string; phone: string | null; email: string | null }
  /** home delivery: where it goes */
  address: { street: string; ward: string; province: string } | null
  items: Array<{ id: string; title: string; quantity: number; unitPrice: number; total: number }>
  total: number
  payment: { method: "cash" | "bank_transfer" | "card" | "other"; paid: boolean }
  carrier: string | null
  trackingNumber: string | null
  cancelReason: string | null
}

/** One product's stock at a showroom, as `/operator/showrooms/:id/stock` lists it. */
export type ShowroomStockLine = {
  variantId: string
  productId: string
  title: string
  variantTitle: string | null
  sku: string | null
  stocked: number
  reserved: number
  available: number
  low: boolean
}
