import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { LoadState } from "../../components/common/load-state"
import { CreateOperatorDrawer } from "../../components/operator/create-operator-drawer"
import { OperatorActiveButton } from "../../components/operator/operator-active-button"
import { useOperators } from "../../lib/queries/operators"

/** /app/operators: the showrooms' counter staff, their showroom and whether they may log in; forms to add, deactivate and reactivate one. */
const OperatorsPage = () => {
  const { data, isLoading, error } = useOperators()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Nhân viên vận hành</Heading>
          <Text size="small" className="text-ui-fg-subtle">Nhân viên quầy của các showroom: xử lý đơn, giao hàng, tồn kho</Text>
        </div>
        <CreateOperatorDrawer />
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Họ tên</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Điện thoại</Table.HeaderCell>
              <Table.HeaderCell>Showroom</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.operators.map((operator) => (
              <Table.Row key={operator.id}>
                <Table.Cell>{operator.name}</Table.Cell>
                <Table.Cell>{operator.email}</Table.Cell>
                <Table.Cell>{operator.phone ?? "—"}</Table.Cell>
                <Table.Cell>{operator.all_showrooms ? "Tất cả showroom" : (operator.showroom?.name ?? "—")}</Table.Cell>
                <Table.Cell>
                  {operator.deactivated_at ? (
                    <StatusBadge color="grey">Tạm ngừng từ {new Date(operator.deactivated_at).toLocaleDateString("vi-VN")}</StatusBadge>
                  ) : (
                    <StatusBadge color="green">Đang hoạt động</StatusBadge>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <OperatorActiveButton operator={operator} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Nhân viên vận hành", icon: Users, rank: 4 })

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Nhân viên vận hành" }

export default OperatorsPage
