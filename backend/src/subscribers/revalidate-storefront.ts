import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { logger } from "@medusajs/framework/logger"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../env"
import { revalidationTarget } from "../lib/storefront-revalidation/revalidation-target"
import { sendRevalidation } from "../lib/storefront-revalidation/send-revalidation"
import { STOREFRONT_REVALIDATION_EVENTS, storefrontTagsOfEvent } from "../lib/storefront-revalidation/tags-of-event"

// Read once when the subscriber loads, which is when the backend (or its worker) starts.
const target = revalidationTarget(readBackendEnv())
if (!target) {
  logger.info(
    "[Storefront] Cache revalidation is off (STOREFRONT_REVALIDATE_URL and STOREFRONT_REVALIDATE_SECRET are not set): the storefront shows product changes when its cache lapses, within a minute."
  )
}

/**
 * After a product, variant, price, stock or OCOP change, tells the storefront which of its cached
 * pages are stale, so the next shopper sees the change; does nothing when no storefront is configured.
 */
export default async function revalidateStorefrontHandler({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  if (!target) {
    return
  }
  const tags = await storefrontTagsOfEvent(event, container.resolve(ContainerRegistrationKeys.QUERY))
  if (!tags.length) {
    return
  }
  const outcome = await sendRevalidation(target, tags)
  if (!outcome.ok) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`[Storefront] Could not expire ${tags.join(", ")} after ${event.name}: ${outcome.reason}.`)
  }
}

export const config: SubscriberConfig = { event: STOREFRONT_REVALIDATION_EVENTS }
