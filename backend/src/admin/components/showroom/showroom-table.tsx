import { Badge, Table, Text } from "@medusajs/ui"
import type { ShowroomSummary } from "@ocop/types"
import { Link } from "react-router-dom"
import { openingHoursLabel } from "../../lib/opening-hours"
import { phoneLabel, placeName, showroomLevelName } from "../../lib/ocop-labels"

/** Showrooms with their level, address, phone and hours, each linking to its page. */
export function ShowroomTable({ showrooms }: { showrooms: ShowroomSummary[] }) {
  if (showrooms.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Chưa có điểm bán nào.</Text>
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Tên điểm bán</Table.HeaderCell>
          <Table.HeaderCell>Cấp</Table.HeaderCell>
          <Table.HeaderCell>Địa chỉ</Table.HeaderCell>
          <Table.HeaderCell>Điện thoại</Table.HeaderCell>
          <Table.HeaderCell>Giờ mở cửa</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {showrooms.map((showroom) => (
          <Table.Row key={showroom.id}>
            <Table.Cell>
              <Link to={`/showrooms/${showroom.id}`} className="text-ui-fg-interactive hover:underline">
                {showroom.name}
              </Link>
              {showroom.demo && <Badge size="2xsmall" color="purple" className="ml-2">Minh hoạ</Badge>}
            </Table.Cell>
            <Table.Cell>{showroomLevelName(showroom.level)}</Table.Cell>
            <Table.Cell className="max-w-[280px] truncate" title={[showroom.street, placeName(showroom)].filter(Boolean).join(", ")}>
              {[showroom.street, placeName(showroom)].filter(Boolean).join(", ")}
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">{phoneLabel(showroom.phone)}</Table.Cell>
            <Table.Cell className="max-w-[260px] truncate">{showroom.openingHoursText ?? openingHoursLabel(showroom.openingHours)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
