import "server-only"
import { connection } from "next/server"
import { readStorefrontUrl } from "@/env"

/**
 * The shop's public origin for this request (`STOREFRONT_URL`). Read at request time, never at
 * build time, so one build serves any domain; a malformed value is already reported by
 * `readStorefrontEnv`, and the local origin stands in meanwhile.
 */
export async function siteOrigin(): Promise<string> {
  await connection()
  return readStorefrontUrl().url
}
