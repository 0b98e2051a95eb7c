import "server-only"
import Medusa from "@medusajs/js-sdk"
import { readStorefrontEnv } from "@/env"

/** How long one backend request may take before the shop tells the shopper it is unavailable. */
export const BACKEND_TIMEOUT_MS = 3000

/** A Medusa store client for this request's environment, or why one cannot be made. */
export type MedusaClientResult =
  | { ok: true; sdk: Medusa }
  | { ok: false; problems: string[] }

/**
 * Builds the js-sdk client from the environment as it is now.
 *
 * Built per call rather than at module load so the build never needs the variables and a
 * restart with new values is enough; the client itself holds no connections.
 */
export function getMedusaClient(): MedusaClientResult {
  const result = readStorefrontEnv()
  if (!result.ok) {
    return result
  }
  const sdk = new Medusa({
    baseUrl: result.env.medusaBackendUrl,
    publishableKey: result.env.medusaPublishableKey,
  })
  return { ok: true, sdk }
}
