import "server-only"
import type Medusa from "@medusajs/js-sdk"
import { FetchError } from "@medusajs/js-sdk"
import { unstable_rethrow } from "next/navigation"
import { getMedusaClient } from "@/lib/config"

// Longer than a page's reads may wait: a login hashes the password on the backend, which takes
// seconds on a busy server, and a shopper who pressed a button would rather wait than be refused.
const WRITE_TIMEOUT_MS = 10_000

/**
 * What a write to the backend gives a server action: the answer; the backend's refusal (a 4xx
 * with its status and sentence, for the action to turn into words in the shopper's language);
 * or that the shop is unavailable (settings missing, backend unreachable or failing).
 */
export type WriteResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: "rejected"; status: number; message: string }
  | { ok: false; reason: "unavailable" }

/**
 * Runs one write (or a read whose refusal matters, such as a login) against the backend. A
 * refusal comes back for the caller to explain; anything else is logged on the server only.
 */
export async function sendToBackend<T>(
  action: string,
  write: (sdk: Medusa, signal: AbortSignal) => Promise<T>,
): Promise<WriteResult<T>> {
  const client = getMedusaClient()
  if (!client.ok) {
    logFailure(action, client.problems.join("; "))
    return { ok: false, reason: "unavailable" }
  }
  try {
    return { ok: true, data: await write(client.sdk, AbortSignal.timeout(WRITE_TIMEOUT_MS)) }
  } catch (error) {
    unstable_rethrow(error)
    if (error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      return { ok: false, reason: "rejected", status: error.status, message: error.message }
    }
    logFailure(action, error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    return { ok: false, reason: "unavailable" }
  }
}

function logFailure(action: string, cause: string): void {
  // As in backend-call.ts: never console, so the cause stays on the server.
  process.stderr.write(`[storefront] could not ${action}: ${cause}\n`)
}
