import "server-only"
import type Medusa from "@medusajs/js-sdk"
import { FetchError } from "@medusajs/js-sdk"
import { unstable_rethrow } from "next/navigation"
import { connection } from "next/server"
import { BACKEND_TIMEOUT_MS, getMedusaClient } from "@/lib/config"

/** What a read from the backend gives a page: the data, or that the shop is unavailable. */
export type BackendResult<T> = { ok: true; data: T } | { ok: false; reason: "unavailable" }

const UNAVAILABLE = { ok: false, reason: "unavailable" } as const

/**
 * Runs one read against the backend at request time. Any failure (missing settings, refused
 * connection, timeout, error status, unexpected body) becomes "unavailable" for the page,
 * and its real cause is logged once, on the server only.
 */
export async function callBackend<T>(
  action: string,
  read: (sdk: Medusa, signal: AbortSignal) => Promise<T>,
): Promise<BackendResult<T>> {
  // Outside the try: during a build this stops prerendering, which must not look like a failure.
  await connection()
  const client = getMedusaClient()
  if (!client.ok) {
    logFailure(action, client.problems.join("; "))
    return UNAVAILABLE
  }
  try {
    return { ok: true, data: await read(client.sdk, AbortSignal.timeout(BACKEND_TIMEOUT_MS)) }
  } catch (error) {
    unstable_rethrow(error)
    logFailure(action, describeError(error))
    return UNAVAILABLE
  }
}

function logFailure(action: string, cause: string): void {
  // Not console.error: in development React replays a render's console calls in the browser
  // (and Next's overlay lists them), and the shopper must never see the raw cause.
  process.stderr.write(`[storefront] could not ${action}: ${cause}\n`)
}

function describeError(error: unknown): string {
  if (error instanceof FetchError) {
    return `backend answered ${error.status ?? "?"} ${error.statusText ?? ""}: ${error.message}`
  }
  const messages: string[] = []
  let current: unknown = error
  while (current instanceof Error && messages.length < 4) {
    messages.push(current.name === "Error" ? current.message : `${current.name}: ${current.message}`)
    current = current.cause
  }
  return messages.length > 0 ? messages.join(" <- ") : String(error)
}
