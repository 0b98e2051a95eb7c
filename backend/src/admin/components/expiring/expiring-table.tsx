import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { daysUntil } from "../../lib/days-until"
import { formatDate, formatExpiry } from "../../lib/format-date"
import { groupName, starLevelName, statusBadge } from "../../lib/ocop-labels"
import type { ExpiringCertification } from "../../lib/queries/expiring-certifications"

/** "12 ngày", or "Hôm nay" on the expiry day itself. */
function daysLeft(date: string | null, today: string): string {
  if (!date) return "—"
  const days = daysUntil(date, today)
  return days === 0 ? "Hôm nay" : `${days} ngày`
}

/** Certifications about to expire, soonest first, each linking to its product page. */
export function ExpiringTable({ certifications, today }: { certifications: ExpiringCertification[]; today: string }) {
  if (certifications.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Không có chứng nhận nào sắp hết hạn.</Text>
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>Hạng sao</Table.HeaderCell>
          <Table.HeaderCell>Nhóm</Table.HeaderCell>
          <Table.HeaderCell>Quyết định</Table.HeaderCell>
          <Table.HeaderCell>Hết hạn</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Còn lại</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {certifications.map((certification) => {
          const status = statusBadge(certification.status)
          return (
            <Table.Row key={certification.id}>
              <Table.Cell>
                {certification.product ? (
                  <Link to={`/products/${certification.product.id}`} className="text-ui-fg-interactive hover:underline">
                    {certification.product.title}
                  </Link>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell>{starLevelName(certification.starLevel)}</Table.Cell>
              <Table.Cell className="max-w-[200px] truncate">{groupName(certification.groupCode)}</Table.Cell>
              <Table.Cell>
                {certification.decisionNumber ?? "Không rõ số"}
                <span className="text-ui-fg-subtle"> · {formatDate(certification.decisionDate, certification.decisionDateApproximate)}</span>
              </Table.Cell>
              <Table.Cell>{formatExpiry(certification.expiresOn, certification.decisionDateApproximate)}</Table.Cell>
              <Table.Cell className="text-right">{daysLeft(certification.expiresOn, today)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={status.color}>{status.label}</StatusBadge>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
