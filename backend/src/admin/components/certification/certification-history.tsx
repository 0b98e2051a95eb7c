import { Badge, Text } from "@medusajs/ui"
import type { CertificationView } from "@ocop/types"
import { formatDate, formatExpiry } from "../../lib/format-date"
import { stateBadge, starLevelName } from "../../lib/ocop-labels"

/** Every decision on the product, newest first, each marked current, superseded or revoked. */
export function CertificationHistory({ certifications }: { certifications: CertificationView[] }) {
  if (certifications.length === 0) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">Lịch sử quyết định</Text>
      <ul className="flex flex-col gap-y-2" data-testid="ocop-certification-history">
        {certifications.map((certification) => {
          const state = stateBadge(certification.state)
          return (
            <li key={certification.id} className="flex items-start justify-between gap-x-2">
              <div className="flex flex-col">
                <Text size="small">
                  {starLevelName(certification.starLevel)} · {certification.decisionNumber ?? "Không rõ số quyết định"}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDate(certification.decisionDate, certification.decisionDateApproximate)} · hết hạn {formatExpiry(certification.expiresOn, certification.decisionDateApproximate)}
                </Text>
              </div>
              <Badge size="2xsmall" color={state.color}>{state.label}</Badge>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
