import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshExpiredStars } from "../lib/product-search/refresh-expired-stars"

/** Every night just after midnight in Việt Nam, takes lapsed stars out of search. */
export default async function refreshExpiredStarsJob(container: MedusaContainer) {
  const count = await refreshExpiredStars(container)
  if (count) {
    container.resolve("logger").info(`[Search] Rebuilt ${count} product(s) whose OCOP stars expired`)
  }
}

// 17:05 UTC is 00:05 in Việt Nam (UTC+7, no daylight saving)
export const config = { name: "refresh-expired-stars", schedule: "5 17 * * *" }
