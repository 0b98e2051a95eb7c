import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { showroomFields, toShowroomSummary, type ShowroomRecord } from "../../../views/showroom-view"
import { stockAtShowrooms } from "../../../views/showroom-stock"
import { loadOcopProducts } from "../../ocop/products/list-ocop-products"

/** GET /store/showrooms/:handle: a showroom and the products it has in stock, with quantities. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { handle } = req.params as { handle: string }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: showroomFields(), filters: { handle } })
  const record = data[0] as ShowroomRecord | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom "${handle}".`)
  }
  const stock = await stockAtShowrooms(req.scope.resolve(ContainerRegistrationKeys.QUERY), { showroomIds: [record.id] })
  const quantities = new Map([...stock].map(([productId, entries]) => [productId, entries[0]?.quantity ?? 0] as const))
  const products = quantities.size
    ? await loadOcopProducts(req.scope, { salesChannelIds: req.publishable_key_context.sales_channel_ids, filters: { id: [...quantities.keys()] } })
    : []
  const collator = new Intl.Collator("vi")
  res.json({
    showroom: {
      ...toShowroomSummary(record),
      stock: products.map((product) => ({ product, quantity: quantities.get(product.id) ?? 0 })).sort((a, b) => collator.compare(a.product.title, b.product.title)),
    },
  })
}
