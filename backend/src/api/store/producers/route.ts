import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../views/producer-view"
import type { StoreListProducersType } from "./validators"

/** GET /store/producers: the producer directory, by type and area, in Vietnamese order. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as StoreListProducersType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: producerFields(),
    filters: {
      ...(query.type?.length ? { type: query.type } : {}),
      ...(query.area?.length ? { area_code: query.area } : {}),
    },
  })
  const collator = new Intl.Collator("vi")
  const producers = (data as ProducerRecord[]).map(toProducerSummary).sort((a, b) => collator.compare(a.name, b.name))
  res.json({ producers: producers.slice(query.offset, query.offset + query.limit), count: producers.length, offset: query.offset, limit: query.limit })
}
