import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"
import { isSearchUnreachable } from "./search-unreachable"
import { rebuildProductSearchWorkflow } from "../../workflows/search/workflows/rebuild-product-search"

/** What a repair pass found. */
export type SearchRepairOutcome = "unreachable" | "repaired" | "in-sync"

/** Remembered between passes: when the search engine was last found unreachable. */
export type SearchRepairState = { unreachableSince?: Date }

/**
 * Checks the product index against the catalogue and rebuilds it when it may have missed
 * changes: after the search engine was unreachable (events that arrived meanwhile were lost), or
 * when it holds a different number of products than the catalogue.
 */
export async function repairSearchIndex(container: MedusaContainer, state: SearchRepairState): Promise<SearchRepairOutcome> {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  let indexed: number | null
  try {
    const probe = await search.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
    indexed = probe.metadata.count
  } catch (error) {
    if (isSearchUnreachable(error)) {
      state.unreachableSince ??= new Date()
      return "unreachable"
    }
    throw error
  }
  const [, products] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { select: ["id"], take: 1 })
  if (!state.unreachableSince && indexed === products) {
    return "in-sync"
  }
  await rebuildProductSearchWorkflow(container).run({ input: {} })
  state.unreachableSince = undefined
  return "repaired"
}
