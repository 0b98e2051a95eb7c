/** Every environment variable the storefront reads; docker-compose.yml must wire exactly these. */
export const STOREFRONT_ENV_VARS = [
  "MEDUSA_BACKEND_URL",
  "MEDUSA_PUBLISHABLE_KEY",
  "STOREFRONT_URL",
  "STOREFRONT_PORT",
  "STOREFRONT_REVALIDATE_SECRET",
  "NEXT_PUBLIC_STRIPE_KEY",
] as const

/** The storefront's validated settings. */
export type StorefrontEnv = {
  medusaBackendUrl: string
  medusaPublishableKey: string
  /** The shop's public origin, without a trailing slash: canonical links, sitemap, OpenGraph. */
  storefrontUrl: string
}

/** Either usable settings, or one sentence per variable that is missing or malformed. */
export type StorefrontEnvResult =
  | { ok: true; env: StorefrontEnv }
  | { ok: false; problems: string[] }

const DEFAULT_BACKEND_URL = "http://localhost:9000"
const DEFAULT_STOREFRONT_PORT = "8000"

/**
 * Reads and validates the storefront's environment.
 *
 * Called per request on the server, never at build time, so one build runs against any backend.
 */
export function readStorefrontEnv(
  source: Readonly<Record<string, string | undefined>> = process.env,
): StorefrontEnvResult {
  const problems: string[] = []
  const backendUrl = source.MEDUSA_BACKEND_URL?.trim() || DEFAULT_BACKEND_URL
  if (!isHttpUrl(backendUrl)) {
    problems.push(`MEDUSA_BACKEND_URL must be an http(s) URL, got "${backendUrl}"`)
  }
  const storefrontUrl = readStorefrontUrl(source)
  if (storefrontUrl.problem) {
    problems.push(storefrontUrl.problem)
  }
  const publishableKey = source.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!publishableKey) {
    problems.push("MEDUSA_PUBLISHABLE_KEY is not set (the backend's publishable API key, pk_…)")
  }
  if (problems.length > 0 || !publishableKey) {
    return { ok: false, problems }
  }
  return {
    ok: true,
    env: { medusaBackendUrl: backendUrl.replace(/\/+$/, ""), medusaPublishableKey: publishableKey, storefrontUrl: storefrontUrl.url },
  }
}

/** The shop's public origin, or the local one when unset; a malformed value is named in `problem` and falls back too. */
export type StorefrontUrlResult = { url: string; problem: string | null }

/**
 * Reads `STOREFRONT_URL`, the origin shoppers and search engines reach the shop at, defaulting to
 * `http://localhost:${STOREFRONT_PORT:-8000}`. Needs no backend setting, so canonical links and
 * the sitemap's static pages work even while the shop cannot reach its backend.
 */
export function readStorefrontUrl(source: Readonly<Record<string, string | undefined>> = process.env): StorefrontUrlResult {
  const fallback = `http://localhost:${source.STOREFRONT_PORT?.trim() || DEFAULT_STOREFRONT_PORT}`
  const value = source.STOREFRONT_URL?.trim()
  if (!value) {
    return { url: fallback, problem: null }
  }
  // Pages live at the root (no basePath), so a path would make every canonical link wrong.
  if (!isHttpUrl(value) || new URL(value).href !== `${new URL(value).origin}/`) {
    return { url: fallback, problem: `STOREFRONT_URL must be the shop's public origin such as https://ocop.example.vn, got "${value}"` }
  }
  return { url: new URL(value).origin, problem: null }
}

/** The shortest revalidation secret accepted: a guessable one would let anyone empty the cache. */
export const MIN_REVALIDATE_SECRET_LENGTH = 16

/**
 * The secret the backend sends with its revalidation requests (`STOREFRONT_REVALIDATE_SECRET`,
 * the same value the backend has), or `null` when it is unset or too short to be one.
 */
export function readRevalidateSecret(source: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const secret = source.STOREFRONT_REVALIDATE_SECRET?.trim()
  return secret && secret.length >= MIN_REVALIDATE_SECRET_LENGTH ? secret : null
}

/**
 * Stripe's publishable key (`NEXT_PUBLIC_STRIPE_KEY`, `pk_…`) for the card form, or `null`. Read on
 * the server at request time and handed to the checkout, so one build serves with or without it.
 */
export function readStripePublishableKey(source: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const key = source.NEXT_PUBLIC_STRIPE_KEY?.trim()
  return key?.startsWith("pk_") ? key : null
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}
