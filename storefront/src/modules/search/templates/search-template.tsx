import type { InitialResults } from "instantsearch.js"
import { useTranslations } from "next-intl"
import type { BackendResult } from "@/lib/data/backend-call"
import type { SearchPreset } from "@/lib/search/search-url"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductSearch } from "../components/product-search/product-search"
import type { FacetNames } from "../components/search-filters/use-facet-label"

type Props = {
  results: BackendResult<InitialResults>
  location: { pathname: string; search: string }
  names: FacetNames
  /** A page of its own over the search (catalogue, group): its heading, and the facets it fixes. */
  heading?: { title: string; description?: string }
  preset?: SearchPreset
}

/** Product search (and the catalogue and group pages on it) from server-rendered first results, or why it cannot search now. */
export function SearchTemplate({ results, location, names, heading, preset }: Props) {
  const t = useTranslations("Search")
  if (!results.ok) {
    return (
      <>
        <h1 className="py-6 text-2xl font-bold tracking-tight text-brand-900 sm:py-8">{heading?.title ?? t("title")}</h1>
        <UnavailableNotice />
      </>
    )
  }
  return <ProductSearch initialResults={results.data} location={location} names={names} heading={heading} preset={preset} />
}
