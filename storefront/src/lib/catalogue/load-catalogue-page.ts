import "server-only"
import type { BackendResult } from "@/lib/data/backend-call"
import { retrieveSearchPage } from "@/lib/data/search"
import { listFacetNames } from "@/lib/search/list-facet-names"
import { applyPreset, parseSearchUrl, toUrlSearchParams, type SearchPreset } from "@/lib/search/search-url"
import type { FacetNames } from "@/modules/search/components/search-filters/use-facet-label"
import { toCatalogueView, type CatalogueView } from "./catalogue-view"

/** What a catalogue page (the whole catalogue, a group) hands its template. */
export type CataloguePageData = { view: BackendResult<CatalogueView>; names: FacetNames }

/**
 * Runs the URL's search on the server for the catalogue page at `path` (without its locale), with
 * the page's preset applied, and reads the names its facets show.
 */
export async function loadCataloguePage(path: string, searchParams: Record<string, string | string[] | undefined>, preset?: SearchPreset): Promise<CataloguePageData> {
  const state = parseSearchUrl(toUrlSearchParams(searchParams))
  const [results, names] = await Promise.all([retrieveSearchPage(applyPreset(state, preset)), listFacetNames()])
  return { view: results.ok ? { ok: true, data: toCatalogueView(results.data, state, path, preset) } : results, names }
}
