import type { ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { showroomPath } from "@/lib/seo/page-metadata"
import { ShowroomFacts } from "../showroom-facts/showroom-facts"

type Props = {
  showroom: ShowroomSummary
  headingLevel?: "h2" | "h3"
}

/** A showroom in the directory: its name (linking to its page), level, address, hours and phone. */
export function ShowroomCard({ showroom, headingLevel: Heading = "h3" }: Props) {
  const t = useTranslations("Showroom")
  return (
    <div data-testid="showroom-card" className="flex h-full flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <Heading className="font-semibold text-stone-900">
        <Link href={showroomPath(showroom.handle)} className="inline-block py-0.5 hover:text-brand-800 hover:underline">
          {showroom.name}
        </Link>
      </Heading>
      <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{t(`level.${showroom.level}`)}</p>
      <ShowroomFacts showroom={showroom} />
    </div>
  )
}
