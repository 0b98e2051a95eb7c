import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducersWorkflow } from "../../../../workflows/producer/workflows/update-producers"
import { producerFields, toProducerSummary, type ProducerRecord } from "../../../views/producer-view"
import type { AdminUpdateProducerType } from "../validators"

async function readProducer(req: AuthenticatedMedusaRequest, id: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [...producerFields(), "products.id", "products.title", "products.handle"],
    filters: { id },
  })
  const record = data[0] as (ProducerRecord & { products?: Array<{ id: string; title: string; handle: string } | null> | null }) | undefined
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer with id ${id}.`)
  }
  return { ...toProducerSummary(record), products: (record.products ?? []).filter(Boolean) }
}

/** GET /admin/producers/:id: a producer with its products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await readProducer(req, (req.params as { id: string }).id) })
}

/** POST /admin/producers/:id: update a producer. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  const body = req.validatedBody
  await updateProducersWorkflow(req.scope).run({
    input: { producers: [{ ...body, id }] },
  })
  res.json({ producer: await readProducer(req, id) })
}
