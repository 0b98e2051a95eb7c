import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OPERATION_ERROR_CODES } from "@ocop/types"
import { describeLockTimeout, describeSoldOut, isInterruptedCompletion, isLockTimeout, isSoldOutError } from "../lib/operations/sold-out"
import { isSearchUnreachable } from "../lib/product-search/search-unreachable"

const medusaErrorHandler = errorHandler()

/** Conflict codes our workflows raise with a sentence meant for the person (Medusa's own keep its generic one). */
const OUR_CONFLICTS = new Set(["order_status", "not_cash", "already_paid", "stock_below_reserved"])

const CART_COMPLETION = /^\/store\/carts\/([^/]+)\/complete\/?$/
// Medusa's words when the cart's payment session is not paid at the provider (a card not confirmed yet)
const NOT_AUTHORIZED = /^Session: \S+ was not authorized with the provider\.$/

/**
 * Medusa's error handler, except that a duplicate (a decision number or handle already used) or
 * a conflict (an order handed over twice) answers 409 with our sentence (Medusa answers 422, or
 * 409 with a generic message); a cart whose stock ran out while it was completed answers 409
 * with a code (`sold_out_at_showroom`, `sold_out`) and a sentence instead of Medusa's raw 400 (or
 * 500 when it gave up waiting for the inventory lock, or Medusa's 400 when its workflow engine broke
 * off the completion: then `checkout_busy` unless sold out); a cart whose payment is not confirmed
 * answers 400 `payment_not_confirmed` with a sentence; an unreachable search engine answers 503
 * rather than 500.
 */
export async function ocopErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // errors rethrown by the workflow engine keep their type but are not MedusaError instances
  const { type, message, code } = (error ?? {}) as { type?: unknown; message?: unknown; code?: unknown }
  const completion = CART_COMPLETION.exec(req.path)
  if (completion && (isSoldOutError(error) || isLockTimeout(error) || isInterruptedCompletion(error))) {
    try {
      if (isInterruptedCompletion(error)) {
        // Medusa leaves such a transaction waiting to compensate, possibly with an order that holds no stock
        req.scope.resolve("logger").warn(`The workflow engine broke off completing cart ${completion[1]} (${String(message)}); check it for an order left without stock.`)
      }
      // an interrupted completion is answered as one that waited too long: sold out, or press again
      const answer = isInterruptedCompletion(error) || isLockTimeout(error) ? await describeLockTimeout(req.scope, completion[1]!) : await describeSoldOut(req.scope, completion[1]!, error)
      res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, ...answer })
      return
    } catch (lookup) {
      return medusaErrorHandler(lookup, req, res, next)
    }
  }
  if (completion && typeof message === "string" && NOT_AUTHORIZED.test(message)) {
    res.status(400).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: OPERATION_ERROR_CODES.paymentNotConfirmed,
      message: "The payment for this order has not been confirmed, so no order was placed. Pay again to place it.",
    })
    return
  }
  if (isSearchUnreachable(error)) {
    req.scope.resolve("logger").warn(`Search engine unreachable: ${String(message)}`)
    res.status(503).json({ type: "search_unavailable", message: "Search is unavailable right now. Please try again in a moment." })
    return
  }
  if (type === MedusaError.Types.DUPLICATE_ERROR && typeof message === "string") {
    res.status(409).json({ type, message })
    return
  }
  if (type === MedusaError.Types.CONFLICT && typeof message === "string" && typeof code === "string" && OUR_CONFLICTS.has(code)) {
    res.status(409).json({ type, code, message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
