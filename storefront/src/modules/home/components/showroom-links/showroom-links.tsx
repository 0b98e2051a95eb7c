import type { ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { showroomPath } from "@/lib/seo/page-metadata"
import { showroomAddress } from "@/modules/showrooms/components/showroom-facts/showroom-facts"

/** Every showroom in brief for the front page: name, level and address, linking to its page. */
export function ShowroomLinks({ showrooms }: { showrooms: ShowroomSummary[] }) {
  const t = useTranslations("Showroom")
  return (
    <ul data-testid="home-showrooms" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {showrooms.map((showroom) => (
        <li key={showroom.id}>
          <Link
            href={showroomPath(showroom.handle)}
            data-testid="showroom-link"
            className="flex h-full flex-col gap-0.5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition hover:shadow-md"
          >
            <span className="font-semibold text-stone-900">{showroom.name}</span>
            <span className="text-xs font-medium uppercase tracking-wide text-brand-700">{t(`level.${showroom.level}`)}</span>
            <span className="text-sm text-stone-600">{showroomAddress(showroom)}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
