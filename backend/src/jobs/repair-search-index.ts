import type { MedusaContainer } from "@medusajs/framework/types"
import { repairSearchIndex, type SearchRepairState } from "../lib/product-search/repair-search-index"

const state: SearchRepairState = {}

/**
 * Every five minutes: once the search engine answers again after an outage, rebuild what it
 * missed (a pass counts the index, which costs about half a second at 100,000 products).
 */
export default async function repairSearchIndexJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const wasDown = state.unreachableSince
  const outcome = await repairSearchIndex(container, state)
  if (outcome === "unreachable" && !wasDown) {
    logger.warn("[Search] The search engine is unreachable; the product index will be rebuilt once it answers again.")
  } else if (outcome === "repaired") {
    logger.info(`[Search] Product index rebuilt${wasDown ? ` after an outage since ${wasDown.toISOString()}` : " (it held a different number of products than the catalogue)"}.`)
  }
}

export const config = { name: "repair-search-index", schedule: "*/5 * * * *" }
