import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { CertificationHistory } from "../components/certification/certification-history"
import { CertifyDrawer } from "../components/certification/certify-drawer"
import { CurrentCertification } from "../components/certification/current-certification"
import { LoadState } from "../components/common/load-state"
import { useProductOcop } from "../lib/queries/product-ocop"

/** "Chứng nhận OCOP" on the product page: the badge shoppers see, the decisions, certify and revoke. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: ocop, isLoading, error } = useProductOcop(product.id)
  const current = ocop?.certifications.find((certification) => certification.state === "current") ?? null
  // Without a current decision, the latest one (revoked or superseded) explains why there are no stars.
  const shown = current ?? ocop?.certifications[0] ?? null
  return (
    <Container className="divide-y p-0" data-testid="ocop-certification-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
        {ocop && <CertifyDrawer productId={product.id} current={current} today={ocop.today} />}
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {ocop && <CurrentCertification productId={product.id} certification={shown} today={ocop.today} />}
      {ocop && <CertificationHistory certifications={ocop.certifications} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductOcopWidget
