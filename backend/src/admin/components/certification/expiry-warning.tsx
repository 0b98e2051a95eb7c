import { Alert } from "@medusajs/ui"
import type { CertificationView } from "@ocop/types"
import { daysUntil } from "../../lib/days-until"
import { formatDate } from "../../lib/format-date"

/** A warning when the certification expires within 90 days, an error once it has expired. */
export function ExpiryWarning({ certification, today }: { certification: CertificationView; today: string }) {
  const { status, expiresOn } = certification
  if (!expiresOn || (status !== "expiring" && status !== "expired")) return null
  if (status === "expired") {
    return (
      <Alert variant="error" data-testid="ocop-expiry-warning">
        Chứng nhận đã hết hạn ngày {formatDate(expiresOn)}; sản phẩm không còn được gắn sao. Cần gia hạn.
      </Alert>
    )
  }
  const days = daysUntil(expiresOn, today)
  return (
    <Alert variant="warning" data-testid="ocop-expiry-warning">
      Chứng nhận hết hạn ngày {formatDate(expiresOn)} ({days === 0 ? "hôm nay" : `còn ${days} ngày`}). Hãy chuẩn bị gia hạn.
    </Alert>
  )
}
