import { AWARDING_LEVELS, PRODUCT_GROUPS, type AwardingLevel, type ProductGroupCode } from "@ocop/domain"
import { z } from "zod"

const groupCodes = PRODUCT_GROUPS.map((group) => group.code) as [ProductGroupCode, ...ProductGroupCode[]]
const awardingLevels = AWARDING_LEVELS.map((level) => level.code) as [AwardingLevel, ...AwardingLevel[]]

/** A certification decision as staff enter it. The expiry is derived: typing one in is refused. */
export const AdminCertifyProduct = z
  .object({
    star_level: z.number({ error: "star_level is a whole number from 1 to 5" }).int("star_level is a whole number from 1 to 5"),
    group_code: z.enum(groupCodes, { error: `group_code is one of ${groupCodes.join(", ")}` }),
    score: z.number().nullish(),
    decision_number: z.string({ error: "decision_number is required" }),
    decision_date: z.string({ error: "decision_date is required, as YYYY-MM-DD" }),
    awarding_level: z.enum(awardingLevels, { error: `awarding_level is one of ${awardingLevels.join(", ")}` }).nullish(),
    note: z.string().nullish(),
    source_url: z.string().url("source_url must be a web address").nullish(),
    expires_at: z.unknown().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.expires_at !== undefined) {
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "The expiry cannot be typed in: it is always 36 months after the decision date." })
    }
  })

export type AdminCertifyProductType = z.infer<typeof AdminCertifyProduct>

/** Why a certification is withdrawn; staff must say. */
export const AdminRevokeCertification = z
  .object({
    // a refinement, not .min(): Medusa rewrites zod's length messages but keeps custom ones
    reason: z.string({ error: "reason is required" }).refine((reason) => reason.trim().length >= 3, "Give a reason of a few words for the revocation."),
  })
  .strict()

export type AdminRevokeCertificationType = z.infer<typeof AdminRevokeCertification>

/** Which producer makes the product. */
export const AdminAssignProducer = z.object({ producer_id: z.string({ error: "producer_id is required" }).min(1) }).strict()

export type AdminAssignProducerType = z.infer<typeof AdminAssignProducer>

/** How far ahead the expiring list looks. */
export const AdminListExpiring = z.object({ within_days: z.coerce.number().int().min(1).max(365).default(90) }).strict()

export type AdminListExpiringType = z.infer<typeof AdminListExpiring>
