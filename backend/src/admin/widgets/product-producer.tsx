import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LoadState } from "../components/common/load-state"
import { AssignProducerForm } from "../components/producer/assign-producer-form"
import { placeName, producerTypeName } from "../lib/ocop-labels"
import { useProductOcop } from "../lib/queries/product-ocop"

/** "Chủ thể OCOP" on the product page: who makes the product, and a choice to change it. */
const ProductProducerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: ocop, isLoading, error } = useProductOcop(product.id)
  const producer = ocop?.producer ?? null
  return (
    <Container className="divide-y p-0" data-testid="ocop-producer-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Chủ thể OCOP</Heading>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {ocop && (
        <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="ocop-product-producer">
          {producer ? (
            <>
              <Link to={`/producers/${producer.id}`} className="txt-small-plus text-ui-fg-interactive hover:underline">
                {producer.name}
              </Link>
              <Text size="small" className="text-ui-fg-subtle">
                {producerTypeName(producer.type)} · {placeName(producer)}
              </Text>
            </>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">Chưa gắn chủ thể.</Text>
          )}
        </div>
      )}
      {ocop && <AssignProducerForm productId={product.id} currentId={producer?.id ?? null} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductProducerWidget
