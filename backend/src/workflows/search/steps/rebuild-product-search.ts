import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"

/** Which products to rebuild: all (a fresh copy swapped in when done), or the given ones in place. */
export type RebuildProductSearchInput = { product_ids?: string[] }

/**
 * Rebuilds product search documents from the catalogue and reports how many products the index
 * holds afterwards. Nothing to compensate: the index is a copy, and rebuilding it again is safe.
 */
export const rebuildProductSearchStep = createStep("rebuild-product-search", async (input: RebuildProductSearchInput, { container }) => {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  await search.reindex({ index: PRODUCT_SEARCH_INDEX, ...(input.product_ids ? { filters: { id: input.product_ids } } : {}) })
  const { metadata } = await search.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
  return new StepResponse({ documents: metadata.count ?? 0 })
})
