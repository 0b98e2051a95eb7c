import { PRODUCER_TYPES, type ProducerTypeCode } from "@ocop/domain"
import { z } from "zod"
import { listParam } from "../../validate-query"

const producerTypes = PRODUCER_TYPES.map((type) => type.code) as [ProducerTypeCode, ...ProducerTypeCode[]]

/** Filters of the producer directory. */
export const StoreListProducers = z
  .object({
    type: listParam(z.enum(producerTypes, { error: `type is one of ${producerTypes.join(", ")}` })),
    area: listParam(z.string().regex(/^[a-z0-9-]+$/, "area is an area code such as bo-trach")),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export type StoreListProducersType = z.infer<typeof StoreListProducers>
