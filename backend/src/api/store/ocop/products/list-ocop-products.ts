import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain"
import type { OcopProductCard } from "@ocop/types"
import { OCOP_PRODUCT_FIELDS, toOcopProductCard, type OcopProductRecord } from "../../../views/ocop-product-card"
import { stockAtShowrooms } from "../../../views/showroom-stock"
import type { StoreListOcopProductsType } from "./validators"

/** The region prices are calculated in: the one asked for, or the store's default (Việt Nam). */
export async function pricingRegion(container: MedusaContainer, regionId?: string) {
  const region = regionId
    ? (await container.resolve(Modules.REGION).listRegions({ id: regionId }))[0]
    : await container.resolve(Modules.STORE).listStores({}, { take: 1 }).then(async ([store]) =>
        store?.default_region_id ? (await container.resolve(Modules.REGION).listRegions({ id: store.default_region_id }))[0] : undefined
      )
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, regionId ? `There is no region with id ${regionId}.` : "The store has no default region; run the seed.")
  }
  return { region_id: region.id, currency_code: region.currency_code }
}

/** Published products of the key's sales channels with their OCOP facts, priced in the region. */
export async function loadOcopProducts(
  container: MedusaContainer,
  options: { salesChannelIds: string[]; regionId?: string; filters?: Record<string, unknown> }
): Promise<OcopProductCard[]> {
  const pricing = await pricingRegion(container, options.regionId)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [...OCOP_PRODUCT_FIELDS, "sales_channels.id"],
    filters: { status: "published", ...options.filters },
    context: { variants: { calculated_price: QueryContext(pricing) } },
  })
  const today = todayInVietnam(new Date())
  const channels = new Set(options.salesChannelIds)
  return (data as Array<OcopProductRecord & { sales_channels?: Array<{ id: string } | null> | null }>)
    .filter((record) => record.sales_channels?.some((channel) => channel && channels.has(channel.id)))
    .map((record) => toOcopProductCard(record, today))
}

/**
 * The OCOP catalogue filtered by star level (certified and in force only), group, area,
 * producer type, producer and showroom availability, in a stable order, one page of it.
 */
export async function listOcopProducts(container: MedusaContainer, salesChannelIds: string[], query: StoreListOcopProductsType) {
  let cards = await loadOcopProducts(container, { salesChannelIds, regionId: query.region_id })
  const certified = (card: OcopProductCard) => (card.certification?.showsBadge ? card.certification.starLevel : null)
  if (query.star_level?.length) {
    cards = cards.filter((card) => query.star_level!.includes(certified(card) ?? -1))
  }
  if (query.group?.length) {
    const groups = new Set<string>(query.group)
    cards = cards.filter((card) => card.certification !== null && groups.has(card.certification.groupCode))
  }
  if (query.area?.length) {
    cards = cards.filter((card) => card.origin.areaCode && query.area!.includes(card.origin.areaCode))
  }
  if (query.producer_type?.length) {
    const types = new Set<string>(query.producer_type)
    cards = cards.filter((card) => card.producer?.type != null && types.has(card.producer.type))
  }
  if (query.producer) {
    cards = cards.filter((card) => card.producer?.handle === query.producer || card.producer?.id === query.producer)
  }
  if (query.showroom?.length) {
    const stock = await stockAtShowrooms(container.resolve(ContainerRegistrationKeys.QUERY), { productIds: cards.map((card) => card.id) })
    cards = cards.filter((card) =>
      (stock.get(card.id) ?? []).some((entry) => query.showroom!.includes(entry.showroomHandle) || query.showroom!.includes(entry.showroomId))
    )
  }
  // certified products first (5★ down), then by title in Vietnamese order; id breaks ties
  const collator = new Intl.Collator("vi")
  cards.sort((a, b) => (certified(b) ?? 0) - (certified(a) ?? 0) || collator.compare(a.title, b.title) || a.id.localeCompare(b.id))
  return { products: cards.slice(query.offset, query.offset + query.limit), count: cards.length, offset: query.offset, limit: query.limit }
}
