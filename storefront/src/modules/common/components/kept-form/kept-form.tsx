"use client"

import { startTransition, type ReactNode } from "react"

type Props = {
  action: (formData: FormData) => void
  children: ReactNode
  className?: string
  "aria-labelledby"?: string
  "aria-label"?: string
}

/**
 * A form posting to a server action that keeps what the shopper typed, passwords included, when
 * the server refuses it (shared by the account forms and the producer portal's): React resets a form after its action runs, so with JavaScript the
 * submission is dispatched by hand; without JavaScript the browser posts it as usual.
 */
export function KeptForm({ action, children, className, ...labelled }: Props) {
  return (
    <form
      action={action}
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault()
        const formData = new FormData(event.currentTarget)
        startTransition(() => action(formData))
      }}
      {...labelled}
    >
      {children}
    </form>
  )
}
