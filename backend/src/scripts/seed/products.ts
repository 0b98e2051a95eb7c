import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { toSlug } from "@ocop/domain"
import type { DemoProduct } from "./demo-products"

const PACK_OPTION = "Quy cách"

/**
 * Creates the products that are missing (matched by handle), priced in whole VND, and stocks
 * them at the given location. Returns how many were created.
 */
export async function ensureProducts(
  container: MedusaContainer,
  products: DemoProduct[],
  ids: { salesChannelId: string; stockLocationId: string; shippingProfileId: string }
): Promise<number> {
  const handles = products.map((product) => toSlug(product.title))
  const existing = await container.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { select: ["handle"] })
  const known = new Set(existing.map((product) => product.handle))
  const missing = products.filter((product) => !known.has(toSlug(product.title)))
  if (!missing.length) {
    return 0
  }

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        title: product.title,
        handle: toSlug(product.title),
        subtitle: product.producer,
        description: `${product.title} — sản phẩm OCOP của ${product.producer}, Quảng Bình.`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: ids.shippingProfileId,
        sales_channels: [{ id: ids.salesChannelId }],
        options: [{ title: PACK_OPTION, values: [product.pack] }],
        variants: [
          {
            title: product.pack,
            sku: `${toSlug(product.title)}-1`.toUpperCase(),
            manage_inventory: true,
            options: { [PACK_OPTION]: product.pack },
            prices: [{ amount: product.price, currency_code: "vnd" }],
          },
        ],
        metadata: { source_url: product.sourceUrl, demo: ["price", "stock", "pack", "description"] },
      })),
    },
  })

  const inventory = container.resolve(Modules.INVENTORY)
  const skus = result.flatMap((product) => product.variants.map((variant) => variant.sku!))
  const items = await inventory.listInventoryItems({ sku: skus })
  const stockBySku = new Map(missing.map((product) => [`${toSlug(product.title)}-1`.toUpperCase(), product.stock]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: ids.stockLocationId,
        stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
      })),
    },
  })
  return missing.length
}
