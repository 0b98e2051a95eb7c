import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** The product, and where it comes from when that differs from its producer's place. */
type EnsureOcopProductInput = {
  product_id: string
  origin?: {
    origin_commune?: string | null
    origin_legacy_district?: string | null
    origin_legacy_commune?: string | null
    origin_area_code?: string | null
    origin_inferred?: boolean
    fictional?: boolean
  }
}

/**
 * Finds the product's OCOP record, or creates it and links it to the product. Compensation
 * removes a record (and link) this step created; an existing one is left as it was.
 */
export const ensureOcopProductStep = createStep(
  "ensure-ocop-product",
  async ({ product_id, origin }: EnsureOcopProductInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["ocop_product.id"], filters: { id: product_id } })
    const existing = (data[0] as { ocop_product?: { id: string } | null } | undefined)?.ocop_product
    if (existing) {
      return new StepResponse({ id: existing.id }, null)
    }
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createOcopProducts(origin ?? {})
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.PRODUCT]: { product_id },
      [OCOP_MODULE]: { ocop_product_id: created.id },
    })
    return new StepResponse({ id: created.id }, { product_id, ocop_product_id: created.id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [Modules.PRODUCT]: { product_id: created.product_id },
      [OCOP_MODULE]: { ocop_product_id: created.ocop_product_id },
    })
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopProducts(created.ocop_product_id)
  }
)
