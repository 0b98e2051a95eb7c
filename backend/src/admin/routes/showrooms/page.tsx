import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { LoadState } from "../../components/common/load-state"
import { OpenShowroomDrawer } from "../../components/showroom/open-showroom-drawer"
import { ShowroomTable } from "../../components/showroom/showroom-table"
import { useShowrooms } from "../../lib/queries/showrooms"

/** /app/showrooms: every OCOP showroom, and a form to open one. */
const ShowroomsPage = () => {
  const { data, isLoading, error } = useShowrooms()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Điểm bán OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">Nơi khách xem và nhận sản phẩm OCOP</Text>
        </div>
        <OpenShowroomDrawer />
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && <ShowroomTable showrooms={data.showrooms} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán OCOP", icon: BuildingStorefront, rank: 2 })

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Điểm bán OCOP" }

export default ShowroomsPage
