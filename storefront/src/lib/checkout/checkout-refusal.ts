import { OPERATION_ERROR_CODES } from "@ocop/types"

/** Why placing the order failed as a whole; each has a sentence under `Checkout.errors`. */
export type CheckoutFormError = "noCart" | "showroomShort" | "soldOut" | "busy" | "rejected" | "unavailable" | "cardFailed"

/** The backend's refusal of a cart's completion: its status and the body's machine code, when it gave one. */
export type CompletionRefusal = { status: number; code: string | null }

/**
 * What the shopper is told when the backend refused to complete the cart. A 409 says why in its
 * `code`: the items are still there but many shoppers were completing at once (`checkout_busy`,
 * press again), or the showroom (`sold_out_at_showroom`) or the shop (`sold_out`) ran out. A 409
 * without a code we know is still a stock refusal, worded for how the order was to be received.
 */
export function describeCompletionRefusal(refusal: CompletionRefusal, method: "pickup" | "delivery"): CheckoutFormError {
  if (refusal.status !== 409) {
    return "rejected"
  }
  switch (refusal.code) {
    case OPERATION_ERROR_CODES.checkoutBusy:
      return "busy"
    case OPERATION_ERROR_CODES.soldOutAtShowroom:
      return "showroomShort"
    case OPERATION_ERROR_CODES.soldOut:
      return "soldOut"
    default:
      return method === "pickup" ? "showroomShort" : "soldOut"
  }
}

/**
 * Whether a card already charged in the browser is given back after this refusal: the order could
 * not be placed because stock ran out, so the backend refunds the charge (see the README's card
 * payments). A busy checkout is not one: the charge may still become the order.
 */
export function cardIsRefunded(error: CheckoutFormError): boolean {
  return error === "showroomShort" || error === "soldOut"
}
