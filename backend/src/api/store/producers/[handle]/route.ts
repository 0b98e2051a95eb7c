import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../../views/producer-view"
import { listOcopProducts } from "../../ocop/products/list-ocop-products"

/** GET /store/producers/:handle: a producer's profile and the products it sells here. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { handle } = req.params as { handle: string }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: producerFields(), filters: { handle } })
  const record = data[0] as ProducerRecord | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer "${handle}".`)
  }
  const { products } = await listOcopProducts(req.scope, req.publishable_key_context.sales_channel_ids, { producer: record.id, limit: 100, offset: 0 })
  res.json({ producer: { ...toProducerSummary(record), products } })
}
