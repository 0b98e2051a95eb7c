import { Table, Text } from "@medusajs/ui"
import type { ShowroomStockRow } from "../../lib/queries/showrooms"
import { StockQuantityCell } from "./stock-quantity-cell"

/** Every product the showroom holds: stocked (editable) and reserved units. */
export function StockTable({ showroomId, stock }: { showroomId: string; stock: ShowroomStockRow[] }) {
  if (stock.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Điểm bán chưa có hàng.</Text>
  }
  const collator = new Intl.Collator("vi")
  const rows = [...stock].sort((a, b) => collator.compare(a.title, b.title))
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>SKU</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Đang giữ cho đơn</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Tồn kho</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.variantId ?? row.sku ?? row.title}>
            <Table.Cell>{row.title}</Table.Cell>
            <Table.Cell className="text-ui-fg-subtle">{row.sku ?? "—"}</Table.Cell>
            <Table.Cell className="text-right">{row.reserved}</Table.Cell>
            <Table.Cell className="py-2">
              <StockQuantityCell showroomId={showroomId} row={row} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
