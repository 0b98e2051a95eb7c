import type { BackendEnv } from "../../env"
import type { RevalidationTarget } from "./send-revalidation"

/** The storefront's revalidation endpoint, or `null` when the backend is not told of one. */
export function revalidationTarget(env: Pick<BackendEnv, "STOREFRONT_REVALIDATE_URL" | "STOREFRONT_REVALIDATE_SECRET">): RevalidationTarget | null {
  return env.STOREFRONT_REVALIDATE_URL && env.STOREFRONT_REVALIDATE_SECRET
    ? { url: env.STOREFRONT_REVALIDATE_URL, secret: env.STOREFRONT_REVALIDATE_SECRET }
    : null
}
