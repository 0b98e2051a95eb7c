import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"

/**
 * Validates a route's query string with a zod schema into `req.validatedQuery`; a bad value
 * answers 400 with one sentence per problem, naming the parameter.
 */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ")
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
    next()
  }
}

/** A query parameter given once, repeated, or comma-separated, as a list of `item`. */
export function listParam<T extends z.ZodType>(item: T) {
  return z
    .preprocess(
      (value) => (Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : value),
      z.array(z.preprocess((part) => (typeof part === "string" ? part.trim() : part), item))
    )
    .optional()
}
