import { PRODUCER_TYPES, PRODUCT_GROUPS, type ProducerTypeCode, type ProductGroupCode } from "@ocop/domain"
import { z } from "zod"
import { listParam } from "../../../validate-query"

const groupCodes = PRODUCT_GROUPS.map((group) => group.code) as [ProductGroupCode, ...ProductGroupCode[]]
const producerTypes = PRODUCER_TYPES.map((type) => type.code) as [ProducerTypeCode, ...ProducerTypeCode[]]

/** Filters of the OCOP catalogue; every list accepts repeated or comma-separated values. */
export const StoreListOcopProducts = z
  .object({
    star_level: listParam(z.coerce.number().int().min(3, "star_level is 3, 4 or 5").max(5, "star_level is 3, 4 or 5")),
    group: listParam(z.enum(groupCodes, { error: `group is one of ${groupCodes.join(", ")}` })),
    area: listParam(z.string().regex(/^[a-z0-9-]+$/, "area is an area code such as bo-trach")),
    producer_type: listParam(z.enum(producerTypes, { error: `producer_type is one of ${producerTypes.join(", ")}` })),
    showroom: listParam(z.string().min(1)),
    producer: z.string().min(1).optional(),
    region_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export type StoreListOcopProductsType = z.infer<typeof StoreListOcopProducts>
