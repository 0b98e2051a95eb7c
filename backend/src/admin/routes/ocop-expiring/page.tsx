import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { LoadState } from "../../components/common/load-state"
import { ExpiringTable } from "../../components/expiring/expiring-table"
import { useExpiringCertifications } from "../../lib/queries/expiring-certifications"

const WITHIN_DAYS = 90

/** /app/ocop-expiring: current certifications that expire within 90 days, soonest first. */
const ExpiringCertificationsPage = () => {
  const { data, isLoading, error } = useExpiringCertifications(WITHIN_DAYS)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận sắp hết hạn</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Chứng nhận hiện hành hết hạn trong {WITHIN_DAYS} ngày tới, gần nhất trước. Mở sản phẩm để gia hạn.
        </Text>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data && <ExpiringTable certifications={data.certifications} today={data.today} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chứng nhận sắp hết hạn", icon: Clock, rank: 3 })

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Chứng nhận sắp hết hạn" }

export default ExpiringCertificationsPage
