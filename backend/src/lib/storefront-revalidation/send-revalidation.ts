import { MAX_REVALIDATE_TAGS, type StorefrontRevalidateRequest } from "@ocop/types"

/** Where and how to reach the storefront's revalidation endpoint. */
export type RevalidationTarget = { url: string; secret: string }

/** How long the storefront may take to answer before the request is given up. */
const TIMEOUT_MS = 5000

/** What became of one revalidation request. */
export type RevalidationOutcome = { ok: true; tags: string[] } | { ok: false; reason: string }

/**
 * Asks the storefront to expire these cache tags (`POST`, the shared secret as a bearer token),
 * in batches the endpoint accepts. Never throws: a storefront that is down says so in the outcome.
 */
export async function sendRevalidation(target: RevalidationTarget, tags: string[], fetchImpl: typeof fetch = fetch): Promise<RevalidationOutcome> {
  for (let start = 0; start < tags.length; start += MAX_REVALIDATE_TAGS) {
    const body: StorefrontRevalidateRequest = { tags: tags.slice(start, start + MAX_REVALIDATE_TAGS) }
    try {
      const response = await fetchImpl(target.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${target.secret}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!response.ok) {
        const text = (await response.text()).slice(0, 300)
        return { ok: false, reason: `the storefront answered ${response.status}: ${text}` }
      }
    } catch (error) {
      return { ok: false, reason: `the storefront did not answer (${error instanceof Error ? error.message : String(error)})` }
    }
  }
  return { ok: true, tags }
}
