import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LoadState } from "../../../components/common/load-state"
import { AddStockForm } from "../../../components/showroom/add-stock-form"
import { EditShowroomDrawer } from "../../../components/showroom/edit-showroom-drawer"
import { ShowroomDetails } from "../../../components/showroom/showroom-details"
import { StockTable } from "../../../components/showroom/stock-table"
import { useShowroom } from "../../../lib/queries/showrooms"

/** /app/showrooms/:id: a showroom's details and the stock it holds, editable per product. */
const ShowroomPage = () => {
  const { id = "" } = useParams()
  const { data: showroom, isLoading, error } = useShowroom(id)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-2 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{showroom?.name ?? "Điểm bán OCOP"}</Heading>
            {showroom?.demo && <Badge size="2xsmall" color="purple">Minh hoạ</Badge>}
          </div>
          {showroom && <EditShowroomDrawer showroom={showroom} />}
        </div>
        <LoadState isLoading={isLoading} error={error} />
        {showroom && <ShowroomDetails showroom={showroom} />}
      </Container>
      {showroom && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Tồn kho</Heading>
            <Text size="small" className="text-ui-fg-subtle">Sửa số lượng rồi bấm Lưu ở từng dòng.</Text>
          </div>
          <StockTable showroomId={showroom.id} stock={showroom.stock} />
          <AddStockForm showroomId={showroom.id} />
        </Container>
      )}
    </div>
  )
}

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Chi tiết điểm bán" }

export default ShowroomPage
