import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"
import { dateNumber } from "./document"
import { rebuildProductSearchWorkflow } from "../../workflows/search/workflows/rebuild-product-search"

const PAGE = 100

/**
 * Rebuilds the search documents whose stars expired before `today`: a certification lapses
 * with no event, so the index would otherwise keep offering its stars in facets and filters.
 * Returns how many products were rebuilt.
 */
export async function refreshExpiredStars(container: MedusaContainer, today: string = todayInVietnam(new Date())): Promise<number> {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const before = dateNumber(today)
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const result = await search.search({
      entity: PRODUCT_SEARCH_INDEX,
      fields: ["id"],
      filters: { star_valid_until: { $lt: before } },
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    ids.push(...result.hits.map((hit) => hit.id))
    if (result.hits.length < PAGE) {
      break
    }
  }
  if (ids.length) {
    await rebuildProductSearchWorkflow(container).run({ input: { product_ids: ids } })
  }
  return ids.length
}
