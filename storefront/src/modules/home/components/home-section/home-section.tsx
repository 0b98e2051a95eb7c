import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"

type Props = {
  id: string
  title: string
  /** A link to the whole list the section samples, e.g. every showroom. */
  more?: { href: string; label: string }
  children: ReactNode
}

/** One band of the front page: a heading, an optional "see all" link, and its content. */
export function HomeSection({ id, title, more, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className="inline-block py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {more.label} →
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  )
}
