import type { InitialResults } from "instantsearch.js"
import { useTranslations } from "next-intl"
import type { BackendResult } from "@/lib/data/backend-call"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductSearch } from "../components/product-search/product-search"
import type { FacetNames } from "../components/search-filters/use-facet-label"

type Props = {
  results: BackendResult<InitialResults>
  location: { pathname: string; search: string }
  names: FacetNames
}

/** Product search from server-rendered first results, or why it cannot search now. */
export function SearchTemplate({ results, location, names }: Props) {
  const t = useTranslations("Search")
  if (!results.ok) {
    return (
      <>
        <h1 className="py-6 text-2xl font-bold tracking-tight text-brand-900 sm:py-8">{t("title")}</h1>
        <UnavailableNotice />
      </>
    )
  }
  return <ProductSearch initialResults={results.data} location={location} names={names} />
}
