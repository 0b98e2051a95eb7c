import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { PRODUCT_GROUPS } from "@ocop/domain"
import type { ProductGroupOption } from "@ocop/types"

/** GET /store/ocop/product-groups: the six product groups of the national criteria. */
export async function GET(_req: MedusaStoreRequest, res: MedusaResponse) {
  const product_groups: ProductGroupOption[] = PRODUCT_GROUPS.map((group) => ({ code: group.code, nameVi: group.vi, nameEn: group.en, sellable: group.sellable }))
  res.json({ product_groups })
}
