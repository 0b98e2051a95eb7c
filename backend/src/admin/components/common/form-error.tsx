import { Text } from "@medusajs/ui"
import { useEffect, useRef } from "react"

/** A refusal sentence under a form, scrolled into view and announced; nothing when there is none. */
export function FormError({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    // Long forms in drawers put this below the fold.
    if (message) ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" })
  }, [message])
  if (!message) return null
  return (
    <Text ref={ref} size="small" role="alert" data-testid="form-error" className="text-ui-fg-error">
      {message}
    </Text>
  )
}
