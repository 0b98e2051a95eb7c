/** Every environment variable the storefront reads; docker-compose.yml must wire exactly these. */
export const STOREFRONT_ENV_VARS = ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY"] as const

/** The storefront's validated settings. */
export type StorefrontEnv = {
  medusaBackendUrl: string
  medusaPublishableKey: string
}

/** Either usable settings, or one sentence per variable that is missing or malformed. */
export type StorefrontEnvResult =
  | { ok: true; env: StorefrontEnv }
  | { ok: false; problems: string[] }

const DEFAULT_BACKEND_URL = "http://localhost:9000"

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
  const publishableKey = source.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!publishableKey) {
    problems.push("MEDUSA_PUBLISHABLE_KEY is not set (the backend's publishable API key, pk_…)")
  }
  if (problems.length > 0 || !publishableKey) {
    return { ok: false, problems }
  }
  return {
    ok: true,
    env: { medusaBackendUrl: backendUrl.replace(/\/+$/, ""), medusaPublishableKey: publishableKey },
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}
