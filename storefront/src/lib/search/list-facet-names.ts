import "server-only"
import { listAreas } from "@/lib/data/areas"
import { listShowrooms } from "@/lib/data/showrooms"
import type { FacetNames } from "@/modules/search/components/search-filters/use-facet-label"

/** The names the area and showroom facets show for their codes and handles. */
export async function listFacetNames(): Promise<FacetNames> {
  const [areas, showrooms] = await Promise.all([listAreas(), listShowrooms()])
  // Facet names are a nicety: without them a facet shows its codes, and the search still works.
  return {
    areas: Object.fromEntries((areas.ok ? areas.data : []).map((area) => [area.code, area.name])),
    showrooms: Object.fromEntries((showrooms.ok ? showrooms.data : []).map((showroom) => [showroom.handle, showroom.name])),
  }
}
