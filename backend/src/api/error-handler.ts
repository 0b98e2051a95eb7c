import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

// What the Meilisearch client throws when the server does not answer (refused, reset, timed out).
const SEARCH_UNREACHABLE = new Set(["MeiliSearchRequestError", "MeiliSearchRequestTimeOutError", "MeiliSearchCommunicationError"])

/**
 * Medusa's error handler, except that a duplicate (a decision number or handle already used)
 * answers 409 Conflict with our sentence (Medusa answers 422, or 409 with a generic message), and
 * an unreachable search engine answers 503 rather than 500.
 */
export function ocopErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // errors rethrown by the workflow engine keep their type but are not MedusaError instances
  const { type, message, name } = (error ?? {}) as { type?: unknown; message?: unknown; name?: unknown }
  if (typeof name === "string" && SEARCH_UNREACHABLE.has(name)) {
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
