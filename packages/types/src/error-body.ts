/** The JSON body Medusa and our routes answer with when a request fails. */
export type ErrorBody = {
  type: string
  message: string
  code?: string
}

/** Whether a parsed response body is an {@link ErrorBody}, so its sentence can be shown as is. */
export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null) {
    return false
  }
  const body = value as Record<string, unknown>
  return typeof body.type === "string" && typeof body.message === "string"
}
