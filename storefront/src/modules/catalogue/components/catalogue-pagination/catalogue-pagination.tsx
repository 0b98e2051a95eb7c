import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CatalogueView } from "@/lib/catalogue/catalogue-view"

type Props = Pick<CatalogueView, "pages" | "previousHref" | "nextHref">

const LINK = "inline-flex min-w-10 items-center justify-center rounded-lg border px-3 py-2 text-sm"

/** Page links under the catalogue's results: plain links, shareable and crawlable. */
export function CataloguePagination({ pages, previousHref, nextHref }: Props) {
  const t = useTranslations("Search")
  if (pages.length === 0) {
    return null
  }
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-1.5">
        {previousHref ? (
          <li>
            <Link href={previousHref} prefetch={false} rel="prev" className={`${LINK} border-stone-300 hover:bg-stone-100`}>
              {t("previousPage")}
            </Link>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page.page}>
            <Link
              href={page.href}
              prefetch={false}
              aria-label={t("pageLabel", { page: page.page })}
              aria-current={page.current ? "page" : undefined}
              className={page.current ? `${LINK} border-brand-700 bg-brand-700 font-semibold text-white` : `${LINK} border-stone-300 hover:bg-stone-100`}
            >
              {page.page}
            </Link>
          </li>
        ))}
        {nextHref ? (
          <li>
            <Link href={nextHref} prefetch={false} rel="next" className={`${LINK} border-stone-300 hover:bg-stone-100`}>
              {t("nextPage")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
