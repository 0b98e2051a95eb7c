import { useTranslations } from "next-intl"
import type { CatalogueFacet } from "@/lib/catalogue/catalogue-view"
import { Link } from "@/i18n/navigation"
import { useFacetLabel, type FacetNames } from "@/modules/search/components/search-filters/use-facet-label"
import { FacetOption } from "../facet-option/facet-option"
import { FilterFold } from "../filter-fold/filter-fold"

type Props = { facets: CatalogueFacet[]; names: FacetNames; clearHref: string | null }

/** The catalogue's facets, rendered on the server: each value a link to the catalogue with it picked or not. */
export function CatalogueFacets({ facets, names, clearHref }: Props) {
  const t = useTranslations("Search")
  const label = useFacetLabel(names)
  return (
    <FilterFold label={t("filters")} showLabel={t("showFilters")} hideLabel={t("hideFilters")}>
      {facets.map((facet) => (
        <fieldset key={facet.attribute} data-testid={`facet-${facet.attribute}`} className="border-t border-stone-200 py-4 first:border-t-0 first:pt-0">
          <legend className="mb-2 text-sm font-semibold text-stone-900">{t(`facets.${facet.attribute}`)}</legend>
          <ul className="space-y-1.5">
            {facet.options.map((option) => (
              <li key={`${option.value}:${option.refined}`}>
                <FacetOption href={option.href} refined={option.refined}>
                  <span className="flex-1">{label(facet.attribute, option.value)}</span>
                  <span className="rounded-full bg-stone-100 px-2 text-xs tabular-nums text-stone-600">{option.count}</span>
                </FacetOption>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {clearHref ? (
        <Link href={clearHref} prefetch={false} scroll={false} className="mt-2 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("clearFilters")}
        </Link>
      ) : null}
    </FilterFold>
  )
}
