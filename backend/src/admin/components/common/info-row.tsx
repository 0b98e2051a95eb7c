import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label and its value on one line, as in Medusa's own detail sections. */
export function InfoRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-2 items-start gap-x-3 py-1">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" className="text-pretty break-words" data-testid={testId}>
        {children}
      </Text>
    </div>
  )
}
