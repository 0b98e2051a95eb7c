"use client"

import { useRouter } from "next/navigation"
import { useTransition } from "react"

type Props = {
  label: string
  pendingLabel: string
}

/** Renders the current page again on the server, e.g. after the backend was unreachable. */
export function RetryButton({ label, pendingLabel }: Props) {
  const router = useRouter()
  const [isPending, startTransition] = useTransition()
  return (
    <button
      type="button"
      disabled={isPending}
      aria-busy={isPending}
      onClick={() => startTransition(() => router.refresh())}
      className="rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {isPending ? pendingLabel : label}
    </button>
  )
}
