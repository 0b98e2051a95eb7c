import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CatalogueView } from "@/lib/catalogue/catalogue-view"
import type { BackendResult } from "@/lib/data/backend-call"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { EAGER_CARD_COUNT } from "@/modules/products/components/product-thumbnail/eager-card-count"
import type { FacetNames } from "@/modules/search/components/search-filters/use-facet-label"
import { SearchHitCard } from "@/modules/search/components/search-hit-card/search-hit-card"
import { CatalogueFacets } from "../components/catalogue-facets/catalogue-facets"
import { CataloguePagination } from "../components/catalogue-pagination/catalogue-pagination"
import { CatalogueQueryBox } from "../components/catalogue-query-box/catalogue-query-box"
import { SortMenu } from "../components/sort-menu/sort-menu"

type Props = {
  view: BackendResult<CatalogueView>
  names: FacetNames
  /** The page's path without its locale (`/products`, `/groups/food`): every link of the page leads back to it. */
  path: string
  heading: { title: string; description?: string }
}

/**
 * A catalogue page (the whole catalogue, a group), rendered on the server: box, facets, sort,
 * results and pages are forms and links to the same URLs the search page writes, so the page
 * needs no search engine in the browser.
 */
export function CatalogueTemplate({ view, names, path, heading }: Props) {
  const t = useTranslations("Search")
  const title = <h1 className="mb-4 text-2xl font-bold tracking-tight text-brand-900">{heading.title}</h1>
  if (!view.ok) {
    return (
      <>
        <div className="py-6 sm:py-8">{title}</div>
        <UnavailableNotice />
      </>
    )
  }
  const { query, hits, nbHits, facets, sort, pages, previousHref, nextHref, clearHref, queryless } = view.data
  return (
    <>
      <div className="py-6 sm:py-8">
        {title}
        {heading.description ? <p className="-mt-2 mb-4 max-w-3xl text-stone-600">{heading.description}</p> : null}
        <CatalogueQueryBox key={query} path={path} query={query} queryless={queryless} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside>
          <CatalogueFacets facets={facets} names={names} clearHref={clearHref} />
        </aside>
        <section aria-labelledby="search-results-heading">
          {/* the cards' titles are h3: the page's outline needs this level between them and the h1 */}
          <h2 id="search-results-heading" className="sr-only">{t("results")}</h2>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p data-testid="search-count" role="status" className="text-sm text-stone-600">
              {query ? t("resultCountQuery", { count: nbHits, query }) : t("resultCount", { count: nbHits })}
            </p>
            <SortMenu key={sort.current} label={t("sortLabel")} current={sort.current} options={sort.options.map((option) => ({ ...option, label: t(`sort.${option.sort}`) }))} />
          </div>
          {hits.length === 0 ? (
            <section data-testid="search-empty" className="rounded-2xl border border-stone-200 bg-white px-5 py-10 text-center">
              <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
              <p className="mt-2 text-stone-600">{clearHref ? t("emptyWithFilters") : t("emptyWithoutFilters")}</p>
              {clearHref ? (
                <Link href={clearHref} prefetch={false} className="mt-5 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800">
                  {t("clearFilters")}
                </Link>
              ) : null}
            </section>
          ) : (
            <ul data-testid="search-hits" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
              {hits.map((hit, index) => (
                <li key={hit.id}>
                  <SearchHitCard hit={hit} eager={index < EAGER_CARD_COUNT} />
                </li>
              ))}
            </ul>
          )}
          <CataloguePagination pages={pages} previousHref={previousHref} nextHref={nextHref} />
        </section>
      </div>
    </>
  )
}
