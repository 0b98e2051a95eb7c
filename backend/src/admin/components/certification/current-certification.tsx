import { StatusBadge, Text } from "@medusajs/ui"
import type { CertificationView } from "@ocop/types"
import { formatDate, formatExpiry } from "../../lib/format-date"
import { awardingLevelName, groupName, starLevelName, statusBadge } from "../../lib/ocop-labels"
import { InfoRow } from "../common/info-row"
import { StarBadge } from "../common/star-badge"
import { ExpiryWarning } from "./expiry-warning"
import { RevokeDrawer } from "./revoke-drawer"

type CurrentCertificationProps = { productId: string; certification: CertificationView | null; today: string }

/** The latest decision as the shop shows it: the star badge preview, its facts and expiry. */
export function CurrentCertification({ productId, certification, today }: CurrentCertificationProps) {
  if (!certification) {
    return (
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="ocop-current-certification">
        <StarBadge certification={null} />
        <Text size="small" className="text-ui-fg-subtle">Sản phẩm chưa có quyết định công nhận OCOP.</Text>
      </div>
    )
  }
  const status = statusBadge(certification.status)
  // A revoked or expired certification already says so in place of the stars.
  const showStatus = certification.status !== "revoked" && certification.status !== "expired"
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="ocop-current-certification">
      <div className="flex items-center justify-between gap-x-2">
        <StarBadge certification={certification} />
        {showStatus && <StatusBadge color={status.color}>{status.label}</StatusBadge>}
      </div>
      <ExpiryWarning certification={certification} today={today} />
      <div>
        <InfoRow label="Hạng sao">{starLevelName(certification.starLevel)}</InfoRow>
        <InfoRow label="Nhóm">{groupName(certification.groupCode)}</InfoRow>
        <InfoRow label="Điểm">{certification.score?.toLocaleString("vi-VN") ?? "—"}</InfoRow>
        <InfoRow label="Số quyết định" testId="ocop-current-decision">{certification.decisionNumber ?? "—"}</InfoRow>
        <InfoRow label="Ngày quyết định">{formatDate(certification.decisionDate, certification.decisionDateApproximate)}</InfoRow>
        <InfoRow label="Cấp công nhận">{awardingLevelName(certification.awardingLevel)}</InfoRow>
        <InfoRow label="Hết hạn" testId="ocop-current-expiry">
          {formatExpiry(certification.expiresOn, certification.decisionDateApproximate)}
        </InfoRow>
        {certification.note && <InfoRow label="Ghi chú">{certification.note}</InfoRow>}
      </div>
      {certification.sourceUrl && (
        <a href={certification.sourceUrl} target="_blank" rel="noreferrer" className="txt-small text-ui-fg-interactive hover:underline">
          Xem nguồn
        </a>
      )}
      {certification.state === "current" && (
        <div className="flex justify-end">
          <RevokeDrawer productId={productId} certificationId={certification.id} />
        </div>
      )}
    </div>
  )
}
