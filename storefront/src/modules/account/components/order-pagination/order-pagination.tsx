import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type Props = { page: number; pages: number }

const LINK = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100"

/** Previous and next pages of the order history, shown only when there is more than one. */
export function OrderPagination({ page, pages }: Props) {
  const t = useTranslations("Account.orders")
  if (pages <= 1) return null
  const href = (target: number) => (target === 1 ? "/account/orders" : { pathname: "/account/orders", query: { page: String(target) } })
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={LINK}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={LINK}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
