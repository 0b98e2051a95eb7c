import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../workflows/producer/workflows/create-producers"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../views/producer-view"
import type { AdminCreateProducerType } from "./validators"

/** GET /admin/producers: every producer, in Vietnamese order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: [...producerFields(), "products.id"] })
  const collator = new Intl.Collator("vi")
  const producers = (data as Array<ProducerRecord & { products?: unknown[] | null }>)
    .map((record) => ({ ...toProducerSummary(record), productCount: record.products?.length ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name))
  res.json({ producers, count: producers.length })
}

/** POST /admin/producers: create a producer. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await createProducersWorkflow(req.scope).run({
    input: { producers: [body] },
  })
  res.status(201).json({ producer: toProducerSummary(result[0] as ProducerRecord) })
}
