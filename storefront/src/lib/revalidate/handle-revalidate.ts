import { createHash, timingSafeEqual } from "node:crypto"
import { MAX_REVALIDATE_TAGS, isStorefrontCacheTag, type ErrorBody } from "@ocop/types"

/** What the revalidation endpoint needs besides the request: the shared secret and Next's `revalidateTag`. */
export type RevalidateDeps = {
  /** `null` when `STOREFRONT_REVALIDATE_SECRET` is not set: every request is then refused. */
  secret: string | null
  expireTag: (tag: string) => void
}

function error(status: number, type: string, message: string): Response {
  const body: ErrorBody = { type, message }
  return Response.json(body, { status })
}

function sameSecret(given: string, expected: string): boolean {
  // Digests first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

function bearer(request: Request): string | null {
  const match = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")
  return match?.[1] ?? null
}

function readTags(body: unknown): string[] | string {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { tags?: unknown }).tags)) {
    return 'The body must be JSON like {"tags": ["product:nuoc-mam"]}.'
  }
  const tags = (body as { tags: unknown[] }).tags
  if (tags.length === 0 || tags.length > MAX_REVALIDATE_TAGS) {
    return `Name between 1 and ${MAX_REVALIDATE_TAGS} tags.`
  }
  const unknown = tags.filter((tag) => typeof tag !== "string" || !isStorefrontCacheTag(tag))
  if (unknown.length > 0) {
    return `These are not tags the storefront uses: ${unknown.map((tag) => JSON.stringify(tag)).join(", ")}.`
  }
  return [...new Set(tags as string[])]
}

/**
 * Answers `POST /api/revalidate`: with the shared secret as a bearer token and a body naming
 * known cache tags, expires those tags so the next read fetches from the backend again.
 */
export async function handleRevalidate(request: Request, deps: RevalidateDeps): Promise<Response> {
  if (!deps.secret) {
    return error(503, "not_configured", "Cache revalidation is off: STOREFRONT_REVALIDATE_SECRET is not set on the storefront.")
  }
  const given = bearer(request)
  if (!given || !sameSecret(given, deps.secret)) {
    return error(401, "unauthorized", "The revalidation secret is missing or wrong.")
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return error(400, "invalid_data", "The body is not JSON.")
  }
  const tags = readTags(body)
  if (typeof tags === "string") {
    return error(400, "invalid_data", tags)
  }
  for (const tag of tags) {
    deps.expireTag(tag)
  }
  return Response.json({ revalidated: tags })
}
