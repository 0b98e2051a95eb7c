import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { placeName, producerTypeName } from "../../lib/ocop-labels"
import type { ProducerListItem } from "../../lib/queries/producers"
import { TablePages, usePages } from "../common/table-pages"

/** Producers with their type, area and product count, each linking to its page. */
export function ProducerTable({ producers, search }: { producers: ProducerListItem[]; search: string }) {
  const { rows, pagination } = usePages(producers, search)
  if (producers.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Không có chủ thể nào.</Text>
  }
  return (
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên chủ thể</Table.HeaderCell>
            <Table.HeaderCell>Loại hình</Table.HeaderCell>
            <Table.HeaderCell>Địa bàn</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Sản phẩm</Table.HeaderCell>
            <Table.HeaderCell>Thông tin</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((producer) => (
            <Table.Row key={producer.id}>
              <Table.Cell className="max-w-[320px] truncate">
                <Link to={`/producers/${producer.id}`} className="text-ui-fg-interactive hover:underline" title={producer.name}>
                  {producer.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{producerTypeName(producer.type)}</Table.Cell>
              <Table.Cell>
                {placeName(producer)}
                {producer.legacyDistrict && <span className="text-ui-fg-subtle"> (huyện cũ {producer.legacyDistrict})</span>}
              </Table.Cell>
              <Table.Cell className="text-right">{producer.productCount}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={producer.verified ? "green" : "grey"}>{producer.verified ? "Đã xác minh" : "Chưa xác minh"}</StatusBadge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePages {...pagination} />
    </div>
  )
}
