import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { HOME_DELIVERY } from "@ocop/types"

/** Names the seed looks things up by, so a second run finds what the first one made. */
export const SHOP = {
  storeName: "OCOP Market",
  regionName: "Việt Nam",
  salesChannelName: "OCOP Market trực tuyến",
  stockLocationName: "Kho tỉnh Quảng Bình (demo)",
  publishableKeyTitle: "OCOP Market storefront",
  shippingProfileName: "Hàng OCOP",
  homeDeliverySetName: "Giao hàng tận nơi",
} as const

/**
 * The region every price is quoted in: Việt Nam, VND, tax included as Vietnamese prices are,
 * offering exactly the configured payment providers (Stripe comes and goes with its keys).
 */
export async function ensureRegion(container: MedusaContainer, paymentProviders: string[]): Promise<string> {
  const regions = await container.resolve(Modules.REGION).listRegions({ name: SHOP.regionName })
  if (regions[0]) {
    await updateRegionsWorkflow(container).run({ input: { selector: { id: regions[0].id }, update: { payment_providers: paymentProviders } } })
    return regions[0].id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: SHOP.regionName,
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: paymentProviders,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return result[0]!.id
}

/** The online shop's sales channel; showrooms get channels of their own later. */
export async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const channels = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: SHOP.salesChannelName })
  if (channels[0]) {
    return channels[0].id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SHOP.salesChannelName, description: "Bán hàng OCOP trực tuyến" }] },
  })
  return result[0]!.id
}

/** The provincial warehouse in Đồng Hới (demo) that holds the online shop's stock. */
export async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const locations = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ name: SHOP.stockLocationName })
  let id = locations[0]?.id
  if (!id) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: SHOP.stockLocationName,
            address: { address_1: "Đồng Hới", city: "Quảng Bình", country_code: "vn" },
          },
        ],
      },
    })
    id = result[0]!.id
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["sales_channels.id"],
    filters: { id },
  })
  const linked = (data[0]?.sales_channels ?? []).some(
    (channel: { id?: string } | null) => channel?.id === salesChannelId
  )
  if (!linked) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id, add: [salesChannelId] } })
  }
  return id
}

/** The publishable key the storefront sends, linked to the online sales channel. */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const keys = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: SHOP.publishableKeyTitle, type: "publishable" })
  let key = keys.find((candidate) => !candidate.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SHOP.publishableKeyTitle, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token
}

/** Names the store and makes VND, the region and the online channel its defaults. */
export async function ensureStoreDefaults(
  container: MedusaContainer,
  ids: { regionId: string; salesChannelId: string; stockLocationId: string }
): Promise<void> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  if (!store) {
    throw new Error("Medusa created no default store; run the database migrations first (medusa db:migrate).")
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SHOP.storeName,
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        default_region_id: ids.regionId,
        default_sales_channel_id: ids.salesChannelId,
        default_location_id: ids.stockLocationId,
      },
    },
  })
}

/**
 * The shipping profile every product and every shipping option uses: the oldest default profile
 * (Medusa makes one when it first starts), so products, pickup and delivery options always share
 * it; "Hàng OCOP" only where there is none yet.
 */
export async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { order: { created_at: "ASC" }, take: 1 })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: SHOP.shippingProfileName, type: "default" }] },
  })
  return result[0]!.id
}

/** The province staff's admin login; an existing user keeps the password it has. */
export async function ensureAdminUser(
  container: MedusaContainer,
  login: { email: string; password: string }
): Promise<"created" | "existing"> {
  const users = await container.resolve(Modules.USER).listUsers({ email: login.email })
  if (users[0]) {
    return "existing"
  }
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: login.email, password: login.password },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not create the admin login ${login.email}: ${error ?? "unknown reason"}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: login.email, first_name: "Quản trị" } },
  })
  return "created"
}

/**
 * Home delivery anywhere in Việt Nam from the provincial warehouse, at a flat fee (demo price).
 * Showrooms' pickup options are made when each showroom opens.
 */
export async function ensureHomeDelivery(
  container: MedusaContainer,
  ids: { stockLocationId: string; shippingProfileId: string }
): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions({ name: HOME_DELIVERY.name })
  if (existing[0]) {
    return existing[0].id
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: ids.stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: ids.stockLocationId, fulfillment_set_data: { name: SHOP.homeDeliverySetName, type: "shipping" } },
  })
  const [set] = await fulfillment.listFulfillmentSets({ name: SHOP.homeDeliverySetName })
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: { data: [{ fulfillment_set_id: set!.id, name: "Toàn quốc", geo_zones: [{ type: "country", country_code: "vn" }] }] },
  })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: HOME_DELIVERY.name,
        service_zone_id: zones[0]!.id,
        shipping_profile_id: ids.shippingProfileId,
        provider_id: "manual_manual",
        price_type: "flat",
        prices: [{ currency_code: "vnd", amount: HOME_DELIVERY.feeVnd }],
        type: { label: "Giao hàng tận nơi", description: "Giao đến địa chỉ của bạn", code: HOME_DELIVERY.typeCode },
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })
  return result[0]!.id
}
