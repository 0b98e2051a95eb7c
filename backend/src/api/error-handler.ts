import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isSearchUnreachable } from "../lib/product-search/search-unreachable"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that a duplicate (a decision number or handle already used)
 * answers 409 Conflict with our sentence (Medusa answers 422, or 409 with a generic message), and
 * an unreachable search engine answers 503 rather than 500.
 */
export function ocopErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // errors rethrown by the workflow engine keep their type but are not MedusaError instances
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  if (isSearchUnreachable(error)) {
    req.scope.resolve("logger").warn(`Search engine unreachable: ${String(message)}`)
    res.status(503).json({ type: "search_unavailable", message: "Search is unavailable right now. Please try again in a moment." })
    return
  }
  if (type === MedusaError.Types.DUPLICATE_ERROR && typeof message === "string") {
    res.status(409).json({ type, message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
