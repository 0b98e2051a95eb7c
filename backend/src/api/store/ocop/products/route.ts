import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listOcopProducts } from "./list-ocop-products"
import type { StoreListOcopProductsType } from "./validators"

/** GET /store/ocop/products: the catalogue with OCOP facts and filters. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as StoreListOcopProductsType
  res.json(await listOcopProducts(req.scope, req.publishable_key_context.sales_channel_ids, query))
}
