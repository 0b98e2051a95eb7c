import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LoadState } from "../../../components/common/load-state"
import { EditProducerForm } from "../../../components/producer/edit-producer-form"
import { ProducerProducts } from "../../../components/producer/producer-products"
import { ProducerAccount } from "../../../components/producer-portal/producer-account"
import { ProducerDocuments } from "../../../components/producer-portal/producer-documents"
import { producerTypeName } from "../../../lib/ocop-labels"
import { useProducer } from "../../../lib/queries/producers"

/** /app/producers/:id: a producer's details to edit, its portal account, documents and products. */
const ProducerPage = () => {
  const { id = "" } = useParams()
  const { data: producer, isLoading, error } = useProducer(id)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{producer?.name ?? "Chủ thể OCOP"}</Heading>
          {producer && <Text size="small" className="text-ui-fg-subtle">{producerTypeName(producer.type)} · {producer.handle}</Text>}
        </div>
        <LoadState isLoading={isLoading} error={error} />
        {/* Keyed by id so the form starts from this producer's values. */}
        {producer && <EditProducerForm key={producer.id} producer={producer} />}
      </Container>
      {producer && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Sản phẩm ({producer.products.length})</Heading>
          </div>
          <ProducerProducts products={producer.products} />
        </Container>
      )}
      {producer && (
        <Container className="divide-y p-0">
          <ProducerAccount producerId={producer.id} contactEmail={producer.email} />
          <ProducerDocuments producerId={producer.id} />
        </Container>
      )}
    </div>
  )
}

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Chi tiết chủ thể" }

export default ProducerPage
