"use client"

import { useRouter } from "next/navigation"
import { useTransition } from "react"

type Props = {
  label: string
  pendingLabel: string
  /** What trying again means here; by default the page is rendered again on the server. */
  onRetry?: () => void
}

/** Tries again after the backend was unreachable: the page's server render, or `onRetry`. */
export function RetryButton({ label, pendingLabel, onRetry }: Props) {
  const router = useRouter()
  const [isPending, startTransition] = useTransition()
  return (
    <button
      type="button"
      disabled={isPending}
      aria-busy={isPending}
      onClick={() => startTransition(() => (onRetry ? onRetry() : router.refresh()))}
      className="rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {isPending ? pendingLabel : label}
    </button>
  )
}
