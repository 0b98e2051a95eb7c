import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../env"
import { DEMO_PRODUCTS } from "./seed/demo-products"
import { ensureProducts } from "./seed/products"
import {
  ensureAdminUser,
  ensurePublishableKey,
  ensureRegion,
  ensureSalesChannel,
  ensureShippingProfile,
  ensureStockLocation,
  ensureStoreDefaults,
} from "./seed/shop"

/**
 * Seeds the demo shop: region Việt Nam (VND), online sales channel, stock location, publishable
 * key, admin login and demo products. Idempotent: a second run creates nothing new.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = readBackendEnv()

  const regionId = await ensureRegion(container)
  const salesChannelId = await ensureSalesChannel(container)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  await ensureStoreDefaults(container, { regionId, salesChannelId, stockLocationId })
  const shippingProfileId = await ensureShippingProfile(container)
  const admin = await ensureAdminUser(container, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD })
  const created = await ensureProducts(container, DEMO_PRODUCTS, { salesChannelId, stockLocationId, shippingProfileId })

  if (env.PUBLISHABLE_KEY_FILE) {
    mkdirSync(dirname(env.PUBLISHABLE_KEY_FILE), { recursive: true })
    writeFileSync(env.PUBLISHABLE_KEY_FILE, publishableKey)
  }
  logger.info(`Seed: admin ${env.ADMIN_EMAIL} ${admin}; ${created} product(s) created, ${DEMO_PRODUCTS.length - created} already there.`)
}
