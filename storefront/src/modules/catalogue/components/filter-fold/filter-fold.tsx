"use client"

import { useId, useState, type ReactNode } from "react"

type Props = { label: string; showLabel: string; hideLabel: string; children: ReactNode }

/** The filters of the catalogue and the search page: always shown on a wide screen, folded away behind a button on a phone. */
export function FilterFold({ label, showLabel, hideLabel, children }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="mb-3 w-full rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium lg:hidden"
      >
        {open ? hideLabel : showLabel}
      </button>
      <section id={id} aria-label={label} className={`${open ? "block" : "hidden"} rounded-xl border border-stone-200 bg-white p-4 lg:block`}>
        {children}
      </section>
    </div>
  )
}
