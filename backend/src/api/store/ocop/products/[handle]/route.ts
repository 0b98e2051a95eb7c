import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain"
import { certificationFields, toCertificationView, type CertificationRecord } from "../../../../views/certification-view"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../../../views/producer-view"
import { stockAtShowrooms } from "../../../../views/showroom-stock"
import { loadOcopProducts } from "../list-ocop-products"

/**
 * GET /store/ocop/products/:handle: one product with its certification (current and history),
 * producer, origin, every picture, the sources of its facts, and what each showroom has in stock.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { handle } = req.params as { handle: string }
  const regionId = typeof req.query.region_id === "string" ? req.query.region_id : undefined
  const [card] = await loadOcopProducts(req.scope, { salesChannelIds: req.publishable_key_context.sales_channel_ids, regionId, filters: { handle } })
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product "${handle}" in this shop.`)
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "description",
      "subtitle",
      "metadata",
      "images.id",
      "images.url",
      "images.rank",
      "variants.id",
      "variants.title",
      "variants.variant_rank",
      ...certificationFields("ocop_product.certifications"),
      "ocop_product.certifications.extra_sources",
      ...producerFields("producer"),
    ],
    filters: { id: card.id },
  })
  const details = data[0] as {
    description: string | null
    subtitle: string | null
    metadata: Record<string, unknown> | null
    images?: Array<{ id: string; url: string; rank: number | null } | null> | null
    variants?: Array<{ id: string; title: string | null; variant_rank: number | null } | null> | null
    ocop_product?: { certifications?: Array<(CertificationRecord & { extra_sources?: string[] | null }) | null> } | null
    producer?: ProducerRecord | null
  }
  const today = todayInVietnam(new Date())
  const history = (details.ocop_product?.certifications ?? [])
    .flatMap((certification) => (certification ? [toCertificationView(certification, today)] : []))
    .sort((a, b) => (b.decisionDate ?? "").localeCompare(a.decisionDate ?? ""))
  const images = (details.images ?? [])
    .flatMap((image) => (image?.url ? [image] : []))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => ({ id: image.id, url: image.url }))
  const sources = [
    ...new Set(
      (details.ocop_product?.certifications ?? []).flatMap((certification) =>
        certification ? [certification.source_url, ...(certification.extra_sources ?? [])].filter((url): url is string => Boolean(url)) : []
      )
    ),
  ]
  const stock = await stockAtShowrooms(req.scope.resolve(ContainerRegistrationKeys.QUERY), { productIds: [card.id] })
  res.json({
    product: {
      ...card,
      description: details.description,
      subtitle: details.subtitle,
      metadata: details.metadata,
      images,
      variants: (details.variants ?? [])
        .flatMap((variant) => (variant ? [variant] : []))
        .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        .map((variant) => ({ id: variant.id, title: variant.title ?? "" })),
      sources,
      certificationHistory: history,
      producerProfile: details.producer ? toProducerSummary(details.producer) : null,
      availability: stock.get(card.id) ?? [],
    },
  })
}
