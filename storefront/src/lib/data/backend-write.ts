import "server-only"
import type Medusa from "@medusajs/js-sdk"
import { FetchError } from "@medusajs/js-sdk"
import { unstable_rethrow } from "next/navigation"
import { readStorefrontEnv } from "@/env"
import { getMedusaClient } from "@/lib/config"

// Longer than a page's reads may wait: a login hashes the password on the backend, which takes
// seconds on a busy server, and a shopper who pressed a button would rather wait than be refused.
const WRITE_TIMEOUT_MS = 10_000

/**
 * What a write to the backend gives a server action: the answer; the backend's refusal (a 4xx
 * with its status, sentence and, when the write read it, the body's machine `code`, for the
 * action to turn into words in the shopper's language); or that the shop is unavailable
 * (settings missing, backend unreachable or failing).
 */
export type WriteResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: "rejected"; status: number; message: string; code: string | null }
  | { ok: false; reason: "unavailable" }

/** A refusal thrown by {@link postKeepingCode}, with the body's `code` the js-sdk's FetchError drops. */
class CodedRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message)
  }
}

/**
 * Runs one write (or a read whose refusal matters, such as a login) against the backend. A
 * refusal comes back for the caller to explain; anything else is logged on the server only.
 */
export async function sendToBackend<T>(
  action: string,
  write: (sdk: Medusa, signal: AbortSignal) => Promise<T>,
  { timeoutMs = WRITE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<WriteResult<T>> {
  const client = getMedusaClient()
  if (!client.ok) {
    logFailure(action, client.problems.join("; "))
    return { ok: false, reason: "unavailable" }
  }
  try {
    return { ok: true, data: await write(client.sdk, AbortSignal.timeout(timeoutMs)) }
  } catch (error) {
    unstable_rethrow(error)
    if (error instanceof CodedRefusal && error.status >= 400 && error.status < 500) {
      return { ok: false, reason: "rejected", status: error.status, message: error.message, code: error.code }
    }
    if (error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      return { ok: false, reason: "rejected", status: error.status, message: error.message, code: null }
    }
    logFailure(action, error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    return { ok: false, reason: "unavailable" }
  }
}

/**
 * POSTs to a backend route inside a {@link sendToBackend} write, as `sdk.client.fetch` would,
 * with an optional JSON body or multipart form, but a refusal keeps the body's `code`: the
 * js-sdk throws only the sentence, and some refusals (a busy checkout, a sold-out one, a
 * producer's picture that is not one) need different words for the same status.
 */
export async function postKeepingCode<T>(
  path: string,
  init: { headers: Record<string, string>; signal: AbortSignal; body?: FormData | Record<string, unknown> },
): Promise<T> {
  const settings = readStorefrontEnv()
  if (!settings.ok) {
    throw new Error(settings.problems.join("; "))
  }
  const multipart = init.body instanceof FormData
  const response = await fetch(`${settings.env.medusaBackendUrl}${path}`, {
    method: "POST",
    // fetch writes a multipart form's boundary itself
    headers: {
      ...(init.body && !multipart ? { "content-type": "application/json" } : {}),
      ...init.headers,
      accept: "application/json",
      "x-publishable-api-key": settings.env.medusaPublishableKey,
    },
    body: init.body instanceof FormData ? init.body : init.body ? JSON.stringify(init.body) : undefined,
    signal: init.signal,
    cache: "no-store",
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const { message, code } = (body ?? {}) as { message?: unknown; code?: unknown }
    throw new CodedRefusal(typeof message === "string" ? message : response.statusText, response.status, typeof code === "string" ? code : null)
  }
  return body as T
}

function logFailure(action: string, cause: string): void {
  // As in backend-call.ts: never console, so the cause stays on the server.
  process.stderr.write(`[storefront] could not ${action}: ${cause}\n`)
}
