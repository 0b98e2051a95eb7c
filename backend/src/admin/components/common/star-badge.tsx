import { Badge } from "@medusajs/ui"
import type { CertificationView } from "@ocop/types"

/** Why a certification shows no stars to shoppers, in a few words. */
function noBadgeReason(certification: CertificationView): string {
  if (certification.status === "revoked") return "Đã thu hồi"
  if (certification.status === "expired") return "Hết hạn"
  if (certification.starLevel === null) return "Chưa công bố hạng sao"
  if (certification.starLevel < 3) return "Chỉ đánh giá, không gắn sao"
  return "Không gắn sao"
}

/** The star badge as the shop shows it: gold stars while in force, otherwise why there are none. */
export function StarBadge({ certification }: { certification: CertificationView | null }) {
  if (!certification) {
    return <Badge color="grey" size="small">Chưa chứng nhận</Badge>
  }
  if (certification.showsBadge && certification.starLevel) {
    return (
      <span
        data-testid="ocop-star-badge"
        aria-label={`${certification.starLevel} sao OCOP`}
        className="text-2xl leading-none tracking-wider text-[#D99A00]"
      >
        {"★".repeat(certification.starLevel)}
      </span>
    )
  }
  return (
    <Badge data-testid="ocop-star-badge" color="red" size="small">
      {noBadgeReason(certification)}
    </Badge>
  )
}
