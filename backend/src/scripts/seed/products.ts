import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

const PACK_OPTION = "Quy cách"

/** One sellable product: a single variant (its pack), priced in whole đồng. */
export type ProductSeed = {
  handle: string
  title: string
  subtitle?: string | null
  description: string
  pack: string
  priceVnd: number
  weightGrams?: number | null
  thumbnail?: string | null
  metadata?: Record<string, unknown>
}

/**
 * Creates the products whose handles are missing, on the given sales channels, and returns the
 * variant id of every product asked for (created now or before), by handle.
 */
export async function ensureProducts(
  container: MedusaContainer,
  products: ProductSeed[],
  ids: { salesChannelIds: string[]; shippingProfileId: string }
): Promise<Map<string, string>> {
  const service = container.resolve(Modules.PRODUCT)
  const handles = products.map((product) => product.handle)
  const existing = await service.listProducts({ handle: handles }, { select: ["handle"] })
  const known = new Set(existing.map((product) => product.handle))
  const missing = products.filter((product) => !known.has(product.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          title: product.title,
          handle: product.handle,
          subtitle: product.subtitle ?? null,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: product.thumbnail ?? null,
          images: product.thumbnail ? [{ url: product.thumbnail }] : [],
          weight: product.weightGrams ?? null,
          shipping_profile_id: ids.shippingProfileId,
          sales_channels: ids.salesChannelIds.map((id) => ({ id })),
          options: [{ title: PACK_OPTION, values: [product.pack] }],
          variants: [
            {
              title: product.pack,
              sku: product.handle.toUpperCase(),
              manage_inventory: true,
              weight: product.weightGrams ?? null,
              options: { [PACK_OPTION]: product.pack },
              prices: [{ amount: product.priceVnd, currency_code: "vnd" }],
            },
          ],
          metadata: product.metadata ?? {},
        })),
      },
    })
  }
  const all = await service.listProducts({ handle: handles }, { relations: ["variants"], select: ["id", "handle"] })
  return new Map(all.flatMap((product) => (product.variants[0] ? [[product.handle, product.variants[0].id] as const] : [])))
}
