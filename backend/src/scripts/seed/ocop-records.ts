import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordProductOcopFactsWorkflow } from "../../workflows/ocop/workflows/record-product-ocop-facts"
import { assignProductProducerWorkflow } from "../../workflows/producer/workflows/assign-product-producer"
import { stockShowroomWorkflow } from "../../workflows/showroom/workflows/stock-showroom"
import type { SeedCatalogue } from "./catalogue/catalogue"
import { areaCodeOf } from "./area-code"

type ProductLinks = { id: string; handle: string; ocop_product?: { id: string } | null; producer?: { handle: string } | null }

async function productLinks(container: MedusaContainer, handles: string[]): Promise<Map<string, ProductLinks>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "ocop_product.id", "producer.handle"],
    filters: { handle: handles },
  })
  return new Map((data as ProductLinks[]).map((product) => [product.handle, product]))
}

/** Records the sourced OCOP facts of every catalogue product that has no OCOP record yet. */
export async function ensureOcopFacts(container: MedusaContainer, catalogue: SeedCatalogue, variants: Map<string, string>) {
  const links = await productLinks(container, [...variants.keys()])
  for (const product of catalogue.products) {
    const record = links.get(product.handle)
    if (!record || record.ocop_product) {
      continue
    }
    const certification = product.certification
    await recordProductOcopFactsWorkflow(container).run({
      input: {
        product_id: record.id,
        origin: {
          origin_commune: product.origin.commune,
          origin_legacy_district: product.origin.legacyDistrict,
          origin_legacy_commune: product.origin.legacyCommune,
          origin_area_code: areaCodeOf(catalogue, product.origin.legacyDistrict),
          origin_inferred: product.origin.inferred,
          fictional: product.fictional,
        },
        certification: {
          star_level: certification.starLevel,
          stars_min: certification.starsMin,
          group_code: certification.groupCode,
          score: certification.score,
          decision_number: certification.decisionNumber,
          decision_date: certification.decisionDate,
          decision_date_approximate: certification.decisionDateApproximate,
          awarding_level: certification.awardingLevel,
          note: certification.note,
          source_url: certification.sourceUrl,
          extra_sources: certification.extraSources,
        },
      },
    })
  }
}

/** Links every catalogue product that has no producer yet to the producer its source names. */
export async function ensureProducerLinks(container: MedusaContainer, catalogue: SeedCatalogue) {
  const links = await productLinks(container, catalogue.products.map((product) => product.handle))
  const { data: producers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "handle"] })
  const producerIds = new Map((producers as Array<{ id: string; handle: string }>).map((producer) => [producer.handle, producer.id]))
  for (const product of catalogue.products) {
    const record = links.get(product.handle)
    const producerId = product.producerHandle ? producerIds.get(product.producerHandle) : undefined
    if (record && producerId && !record.producer) {
      await assignProductProducerWorkflow(container).run({ input: { product_id: record.id, producer_id: producerId } })
    }
  }
}

/** Puts the demo stock on the showrooms' shelves, only where a showroom holds none of a product yet. */
export async function ensureShowroomStock(
  container: MedusaContainer,
  catalogue: SeedCatalogue,
  variants: Map<string, string>,
  showrooms: Map<string, { showroomId: string; locationId: string | null }>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const [handle, { showroomId, locationId }] of showrooms) {
    if (!locationId) {
      continue
    }
    const wanted = catalogue.products.flatMap((product) => {
      const quantity = product.stock[handle]
      const variantId = variants.get(product.handle)
      return quantity !== undefined && variantId ? [{ variant_id: variantId, stocked_quantity: quantity }] : []
    })
    const { data: levels } = await query.graph({ entity: "inventory_level", fields: ["inventory_item.sku"], filters: { location_id: locationId } })
    const stockedSkus = new Set((levels as Array<{ inventory_item?: { sku?: string | null } | null }>).map((level) => level.inventory_item?.sku))
    const handleOfVariant = new Map([...variants].map(([productHandle, variantId]) => [variantId, productHandle]))
    const items = wanted.filter((item) => !stockedSkus.has(handleOfVariant.get(item.variant_id)?.toUpperCase()))
    if (items.length) {
      await stockShowroomWorkflow(container).run({ input: { showroom_id: showroomId, items } })
    }
  }
}
