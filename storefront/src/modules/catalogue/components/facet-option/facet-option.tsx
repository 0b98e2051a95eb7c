"use client"

import { useState, type KeyboardEvent, type ReactNode } from "react"
import { Link } from "@/i18n/navigation"

type Props = {
  /** The catalogue's URL with this value picked, or unpicked when it is. */
  href: string
  refined: boolean
  children: ReactNode
}

/**
 * A facet value as a link that reads as a checkbox: it works without any script, and it shows the
 * new state as soon as it is clicked, while the server renders the page it leads to.
 */
export function FacetOption({ href, refined, children }: Props) {
  const [clicked, setClicked] = useState(false)
  const checked = clicked ? !refined : refined
  // A checkbox is toggled with the space bar; a link only answers Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === " ") {
      event.preventDefault()
      event.currentTarget.click()
    }
  }
  return (
    <Link
      href={href}
      prefetch={false}
      scroll={false}
      role="checkbox"
      aria-checked={checked}
      onClick={() => setClicked(true)}
      onKeyDown={onKeyDown}
      className="group flex min-h-6 items-center gap-2 text-sm text-stone-700 hover:text-brand-800"
    >
      <span aria-hidden className="flex size-4 shrink-0 items-center justify-center rounded-sm border border-stone-400 bg-white text-[0.625rem] leading-none text-white group-aria-checked:border-brand-700 group-aria-checked:bg-brand-700">
        {checked ? "✓" : null}
      </span>
      {children}
    </Link>
  )
}
