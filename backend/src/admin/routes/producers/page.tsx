import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { LoadState } from "../../components/common/load-state"
import { SearchInput } from "../../components/common/search-input"
import { CreateProducerDrawer } from "../../components/producer/create-producer-drawer"
import { ProducerTable } from "../../components/producer/producer-table"
import { matchesSearch } from "../../lib/matches-search"
import { useProducers } from "../../lib/queries/producers"

/** /app/producers: every producer ("chủ thể OCOP"), searchable, and a form to add one. */
const ProducersPage = () => {
  const { data, isLoading, error } = useProducers()
  const [search, setSearch] = useState("")
  const producers = useMemo(
    () => (data?.producers ?? []).filter((producer) => matchesSearch(search, [producer.name, producer.province, producer.commune, producer.legacyDistrict])),
    [data, search]
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">Hợp tác xã, doanh nghiệp và hộ kinh doanh có sản phẩm OCOP</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <SearchInput label="Tìm theo tên, địa bàn" value={search} onChange={setSearch} />
          <CreateProducerDrawer />
        </div>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && <ProducerTable producers={producers} search={search} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chủ thể OCOP", icon: Buildings, rank: 1 })

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Chủ thể OCOP" }

export default ProducersPage
