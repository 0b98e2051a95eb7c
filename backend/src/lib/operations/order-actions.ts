import type { OrderHandlingStatus } from "@ocop/types"

/** Where an order stands at its showroom (the order_handling status). */
export type HandlingStatus = OrderHandlingStatus

/** What an operator can do to an order. */
export type OrderAction = "accept" | "ready_for_pickup" | "hand_over" | "ship" | "cancel" | "record_payment"

type Rule = { from: readonly HandlingStatus[]; to: HandlingStatus | null; methods: ReadonlyArray<"pickup" | "delivery"> }

const RULES: Record<OrderAction, Rule> = {
  accept: { from: ["placed"], to: "accepted", methods: ["pickup", "delivery"] },
  ready_for_pickup: { from: ["placed", "accepted"], to: "ready_for_pickup", methods: ["pickup"] },
  hand_over: { from: ["ready_for_pickup"], to: "handed_over", methods: ["pickup"] },
  ship: { from: ["placed", "accepted"], to: "shipped", methods: ["delivery"] },
  cancel: { from: ["placed", "accepted", "ready_for_pickup"], to: "cancelled", methods: ["pickup", "delivery"] },
  // the money can come in at any point before the order is cancelled (COD: after shipping)
  record_payment: { from: ["placed", "accepted", "ready_for_pickup", "handed_over", "shipped"], to: null, methods: ["pickup", "delivery"] },
}

const NOW: Record<HandlingStatus, string> = {
  placed: "has just been placed",
  accepted: "was already accepted",
  ready_for_pickup: "is already ready for pickup",
  handed_over: "was already handed over",
  shipped: "was already shipped",
  cancelled: "is cancelled",
}

const VERB: Record<OrderAction, string> = {
  accept: "accepted",
  ready_for_pickup: "marked ready for pickup",
  hand_over: "handed over",
  ship: "shipped",
  cancel: "cancelled",
  record_payment: "paid",
}

/** Why an action is refused: the order is at another stage (409) or of the other method (400). */
export type ActionRefusal = { kind: "conflict" | "wrong_method"; message: string }

/**
 * Whether an operator may take this action on an order with this status and delivery method,
 * and if not, a sentence saying why ("This order was already handed over: it cannot be handed over again.").
 */
export function refuseOrderAction(action: OrderAction, order: { status: HandlingStatus; method: "pickup" | "delivery" }): ActionRefusal | null {
  const rule = RULES[action]
  if (!rule.methods.includes(order.method)) {
    return {
      kind: "wrong_method",
      message: order.method === "pickup" ? `A pickup order is collected at the counter: it cannot be ${VERB[action]}.` : `A home-delivery order is shipped: it cannot be ${VERB[action]}.`,
    }
  }
  if (!rule.from.includes(order.status)) {
    const again = rule.to === order.status ? " again" : ""
    return { kind: "conflict", message: `This order ${NOW[order.status]}: it cannot be ${VERB[action]}${again}.` }
  }
  return null
}

/** The status an action leaves the order in (`record_payment` keeps it). */
export function statusAfter(action: OrderAction, status: HandlingStatus): HandlingStatus {
  return RULES[action].to ?? status
}
