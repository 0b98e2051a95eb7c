"use client"

import { useTranslations } from "next-intl"
import type { MouseEvent } from "react"
import { usePagination } from "react-instantsearch"

/** Page links under the results; real links (shareable, crawlable) that InstantSearch follows in place. */
export function SearchPagination() {
  const t = useTranslations("Search")
  const { pages, currentRefinement, nbPages, isFirstPage, isLastPage, refine, createURL } = usePagination({ padding: 2 })
  if (nbPages <= 1) {
    return null
  }
  const go = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    refine(page)
    window.scrollTo({ top: 0, behavior: "smooth" })
  }
  const link = "inline-flex min-w-10 items-center justify-center rounded-lg border px-3 py-2 text-sm"
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-1.5">
        {!isFirstPage ? (
          <li>
            <a href={createURL(currentRefinement - 1)} onClick={go(currentRefinement - 1)} rel="prev" className={`${link} border-stone-300 hover:bg-stone-100`}>
              {t("previousPage")}
            </a>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page}>
            <a
              href={createURL(page)}
              onClick={go(page)}
              aria-label={t("pageLabel", { page: page + 1 })}
              aria-current={page === currentRefinement ? "page" : undefined}
              className={page === currentRefinement ? `${link} border-brand-700 bg-brand-700 font-semibold text-white` : `${link} border-stone-300 hover:bg-stone-100`}
            >
              {page + 1}
            </a>
          </li>
        ))}
        {!isLastPage ? (
          <li>
            <a href={createURL(currentRefinement + 1)} onClick={go(currentRefinement + 1)} rel="next" className={`${link} border-stone-300 hover:bg-stone-100`}>
              {t("nextPage")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
