import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import type { ExecArgs, ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"
import { regionPaymentProviders } from "../config/payment-module"
import { readBackendEnv } from "../env"
import { loadCatalogue } from "./seed/catalogue/catalogue"
import { seedOcopCatalogue } from "./seed/ocop-catalogue"
import {
  ensureAdminUser,
  ensureHomeDelivery,
  ensurePublishableKey,
  ensureRegion,
  ensureSalesChannel,
  ensureShippingProfile,
  ensureStockLocation,
  ensureStoreDefaults,
} from "./seed/shop"

/** What the shop is built on; tests and the catalogue seed use these ids. */
export type ShopIds = { regionId: string; salesChannelId: string; stockLocationId: string; shippingProfileId: string; publishableKey: string }

/**
 * The shop without its catalogue: region Việt Nam (VND) with its payment providers, online
 * sales channel, provincial warehouse with home delivery, publishable key, shipping profile and
 * admin login. Idempotent.
 */
export async function seedShop(container: MedusaContainer): Promise<ShopIds> {
  const env = readBackendEnv()
  const regionId = await ensureRegion(container, regionPaymentProviders(env))
  const salesChannelId = await ensureSalesChannel(container)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  await ensureStoreDefaults(container, { regionId, salesChannelId, stockLocationId })
  const shippingProfileId = await ensureShippingProfile(container)
  await ensureHomeDelivery(container, { stockLocationId, shippingProfileId })
  await ensureAdminUser(container, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD })
  if (env.PUBLISHABLE_KEY_FILE) {
    mkdirSync(dirname(env.PUBLISHABLE_KEY_FILE), { recursive: true })
    writeFileSync(env.PUBLISHABLE_KEY_FILE, publishableKey)
  }
  return { regionId, salesChannelId, stockLocationId, shippingProfileId, publishableKey }
}

/**
 * Seeds the demo shop: the shop itself, then the Quảng Bình OCOP catalogue (real products with
 * their sourced facts, fictional demo products, producers, showrooms, demo stock). Idempotent:
 * a second run creates nothing new and changes nothing already there.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = await seedShop(container)
  const catalogue = loadCatalogue()
  await seedOcopCatalogue(container, catalogue, { onlineSalesChannelId: ids.salesChannelId, shippingProfileId: ids.shippingProfileId })
  logger.info(
    `Seed: ${catalogue.products.length} products, ${catalogue.producers.length} producers, ${catalogue.showrooms.length} showrooms, ${catalogue.areas.length} areas in place.`
  )
  // the seed's events may not reach the index from this process, so rebuild it from what is there
  await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex({ index: PRODUCT_SEARCH_INDEX })
  logger.info("Seed: product search index rebuilt.")
}
