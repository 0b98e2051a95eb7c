import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { createAreasWorkflow } from "../../workflows/ocop/workflows/create-areas"
import { createProducersWorkflow } from "../../workflows/producer/workflows/create-producers"
import { openShowroomWorkflow } from "../../workflows/showroom/workflows/open-showroom"
import type { SeedCatalogue, SeedShowroom } from "./catalogue/catalogue"
import { producerLogoSvg, productImageSvg } from "./catalogue/product-image"
import { areaCodeOf } from "./area-code"
import { ensureProducts } from "./products"
import { ensureOcopFacts, ensureProducerLinks, ensureShowroomStock } from "./ocop-records"

const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`

/**
 * Seeds the OCOP catalogue: areas, producers, showrooms (each with stock location, pickup and
 * sales channel), products with their OCOP facts and producers, and demo stock. Idempotent:
 * whatever exists (by code or handle) is left as it is, stock included.
 */
export async function seedOcopCatalogue(
  container: MedusaContainer,
  catalogue: SeedCatalogue,
  ids: { onlineSalesChannelId: string; shippingProfileId: string }
) {
  await createAreasWorkflow(container).run({
    input: { areas: catalogue.areas.map((area, rank) => ({ code: area.code, name: area.name, full_name: area.fullName, type: area.type, rank })) },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({ entity: "producer", fields: ["handle"] })
  const knownProducers = new Set((producers as Array<{ handle: string }>).map((producer) => producer.handle))
  const newProducers = catalogue.producers.filter((producer) => !knownProducers.has(producer.handle))
  if (newProducers.length) {
    await createProducersWorkflow(container).run({
      input: {
        producers: newProducers.map((producer) => ({
          handle: producer.handle,
          name: producer.name,
          type: producer.type,
          province: producer.address.province,
          commune: producer.address.commune,
          street: producer.address.street,
          legacy_province: producer.address.legacyProvince,
          legacy_district: producer.address.legacyDistrict,
          legacy_commune: producer.address.legacyCommune,
          area_code: areaCodeOf(catalogue, producer.address.legacyDistrict),
          phone: producer.phone,
          email: producer.email,
          story_vi: producer.storyVi,
          story_en: producer.storyEn,
          logo_url: svgDataUri(producerLogoSvg(producer.name)),
          fictional: producer.fictional,
          metadata: { demo_fields: producer.demoFields, source_urls: producer.sourceUrls },
        })),
      },
    })
  }

  const showroomIds = await ensureShowrooms(container, catalogue.showrooms, ids.onlineSalesChannelId)

  const variants = await ensureProducts(
    container,
    catalogue.products.map((product) => ({
      handle: product.handle,
      title: product.titleVi,
      subtitle: catalogue.producers.find((producer) => producer.handle === product.producerHandle)?.name ?? null,
      description: product.descriptionVi,
      pack: product.pack,
      priceVnd: product.priceVnd,
      weightGrams: product.weightGrams,
      // no star badge in the picture: a certificate can expire, the picture would not
      thumbnail: svgDataUri(productImageSvg({ title: product.titleVi, groupCode: product.certification.groupCode, starLevel: product.certification.starLevel, showsBadge: false, fictional: product.fictional })),
      metadata: {
        title_en: product.titleEn,
        description_en: product.descriptionEn,
        fictional: product.fictional,
        demo: ["price", "pack", "weight", "description", "stock", "image"],
      },
    })),
    { salesChannelIds: [ids.onlineSalesChannelId], shippingProfileId: ids.shippingProfileId }
  )

  await ensureOcopFacts(container, catalogue, variants)
  await ensureProducerLinks(container, catalogue)
  await ensureShowroomStock(container, catalogue, variants, showroomIds)
}

/**
 * Opens the showrooms that do not exist yet and lets the online shop sell from their stock.
 * Returns each showroom's id and stock location id, by handle.
 */
async function ensureShowrooms(container: MedusaContainer, showrooms: SeedShowroom[], onlineSalesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "showroom", fields: ["id", "handle", "stock_location.id", "stock_location.sales_channels.id"] })
  type Known = { id: string; handle: string; stock_location?: { id: string; sales_channels?: Array<{ id: string } | null> } | null }
  const known = new Map((data as Known[]).map((showroom) => [showroom.handle, showroom]))
  const ids = new Map<string, { showroomId: string; locationId: string | null }>()
  for (const showroom of showrooms) {
    let record = known.get(showroom.handle)
    if (!record) {
      const { result } = await openShowroomWorkflow(container).run({
        input: {
          handle: showroom.handle,
          name: showroom.name,
          level: showroom.level,
          area_code: showroom.areaCode,
          province: showroom.address.province,
          commune: showroom.address.commune,
          street: showroom.address.street,
          legacy_district: showroom.address.legacyDistrict,
          legacy_commune: showroom.address.legacyCommune,
          phone: showroom.phone,
          opening_hours: showroom.openingHours,
          opening_hours_text: showroom.openingHoursText,
          latitude: showroom.latitude,
          longitude: showroom.longitude,
          demo: true,
        },
      })
      record = { id: result.id, handle: showroom.handle, stock_location: { id: result.location_id, sales_channels: [] } }
    }
    const locationId = record.stock_location?.id
    if (locationId && !record.stock_location?.sales_channels?.some((channel) => channel?.id === onlineSalesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [onlineSalesChannelId] } })
    }
    ids.set(showroom.handle, { showroomId: record.id, locationId: locationId ?? null })
  }
  return ids
}
