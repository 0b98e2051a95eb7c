import { PRODUCT_GROUPS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { groupPath } from "@/lib/seo/page-metadata"

/** The six OCOP product groups, each linking to its group page with a line about what it holds. */
export function GroupList() {
  const t = useTranslations("Catalogue")
  const locale = useLocale()
  return (
    <ul data-testid="group-list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {PRODUCT_GROUPS.map((group) => (
        <li key={group.code}>
          <Link
            href={groupPath(group.code)}
            data-testid="group-link"
            className="flex h-full flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow-md"
          >
            <span className="font-semibold text-stone-900">{locale === "en" ? group.en : group.vi}</span>
            <span className="text-sm text-stone-600">{t(`groups.${group.code}`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
