import { Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/error-message"

/** "Đang tải…" while a query runs, its error sentence if it failed, nothing once it has data. */
export function LoadState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  if (isLoading) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Đang tải…</Text>
  }
  if (error) {
    return (
      <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
        Không tải được dữ liệu: {errorMessage(error)}
      </Text>
    )
  }
  return null
}
