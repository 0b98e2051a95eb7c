import "server-only"
import { unstable_rethrow } from "next/navigation"
import { readStorefrontEnv } from "@/env"

// As backend-write.ts, with room for up to 10 pictures of 5 MB on a slow connection.
const WRITE_TIMEOUT_MS = 30_000

/**
 * What a write of the producer portal gives its server action: the answer; the backend's
 * refusal with its status, English sentence and `code` (for the portal to say it in the
 * producer's language); or that the shop is unavailable.
 */
export type PortalWriteResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: "rejected"; status: number; message: string; code: string | null }
  | { ok: false; reason: "unavailable" }

/**
 * POSTs a JSON body or a multipart form to a `/producer` route. Not through the js-sdk, whose
 * FetchError keeps only a refusal's message: the portal needs the refusal's `code`.
 */
export async function sendPortalWrite<T>(action: string, path: string, body: FormData | Record<string, unknown>, headers: Record<string, string>): Promise<PortalWriteResult<T>> {
  const settings = readStorefrontEnv()
  if (!settings.ok) {
    logFailure(action, settings.problems.join("; "))
    return { ok: false, reason: "unavailable" }
  }
  const multipart = body instanceof FormData
  try {
    const response = await fetch(`${settings.env.medusaBackendUrl}${path}`, {
      method: "POST",
      // fetch writes the multipart boundary itself
      headers: { accept: "application/json", "x-publishable-api-key": settings.env.medusaPublishableKey, ...(multipart ? {} : { "content-type": "application/json" }), ...headers },
      body: multipart ? body : JSON.stringify(body),
      cache: "no-store",
      signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
    })
    const answer: unknown = await response.json().catch(() => null)
    if (response.ok) {
      return { ok: true, data: answer as T }
    }
    if (response.status >= 400 && response.status < 500) {
      const { message, code } = (answer ?? {}) as { message?: unknown; code?: unknown }
      return { ok: false, reason: "rejected", status: response.status, message: typeof message === "string" ? message : response.statusText, code: typeof code === "string" ? code : null }
    }
    logFailure(action, `backend answered ${response.status} ${response.statusText}`)
    return { ok: false, reason: "unavailable" }
  } catch (error) {
    unstable_rethrow(error)
    logFailure(action, error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    return { ok: false, reason: "unavailable" }
  }
}

function logFailure(action: string, cause: string): void {
  // As in backend-call.ts: never console, so the cause stays on the server.
  process.stderr.write(`[storefront] could not ${action}: ${cause}\n`)
}
