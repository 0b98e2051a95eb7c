import type { ReactNode } from "react"

type Props = {
  id: string
  title: string
  children: ReactNode
}

/** One part of the traceability page: a heading and its facts, on a card. */
export function TraceSection({ id, title, children }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}
