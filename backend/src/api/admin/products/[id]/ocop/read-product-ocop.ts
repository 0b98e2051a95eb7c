import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain"
import { certificationFields, toCertificationView, type CertificationRecord } from "../../../../views/certification-view"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../../../views/producer-view"

/** A product's OCOP record as staff see it: origin, certifications (newest first), producer. */
export async function readProductOcop(container: MedusaContainer, productId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "ocop_product.id",
      "ocop_product.origin_commune",
      "ocop_product.origin_legacy_district",
      "ocop_product.origin_legacy_commune",
      "ocop_product.origin_area_code",
      "ocop_product.fictional",
      ...certificationFields("ocop_product.certifications"),
      ...producerFields("producer"),
    ],
    filters: { id: productId },
  })
  const product = data[0] as
    | {
        id: string
        title: string
        ocop_product?: (Record<string, unknown> & { certifications?: Array<CertificationRecord | null> }) | null
        producer?: ProducerRecord | null
      }
    | undefined
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with id ${productId}.`)
  }
  const today = todayInVietnam(new Date())
  const { certifications, ...origin } = product.ocop_product ?? {}
  return {
    product_id: product.id,
    title: product.title,
    today,
    origin: product.ocop_product ? origin : null,
    certifications: (certifications ?? [])
      .flatMap((certification) => (certification ? [toCertificationView(certification, today)] : []))
      .sort((a, b) => (b.decisionDate ?? "").localeCompare(a.decisionDate ?? "")),
    producer: product.producer ? toProducerSummary(product.producer) : null,
  }
}
