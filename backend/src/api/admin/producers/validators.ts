import { PRODUCER_TYPES, type ProducerTypeCode } from "@ocop/domain"
import { z } from "zod"

const producerTypes = PRODUCER_TYPES.map((type) => type.code) as [ProducerTypeCode, ...ProducerTypeCode[]]

const fields = {
  handle: z.string().regex(/^[a-z0-9-]+$/, "handle uses lower-case letters, digits and dashes").optional(),
  type: z.enum(producerTypes, { error: `type is one of ${producerTypes.join(", ")}` }).nullish(),
  commune: z.string().nullish(),
  street: z.string().nullish(),
  legacy_province: z.string().nullish(),
  legacy_district: z.string().nullish(),
  legacy_commune: z.string().nullish(),
  area_code: z.string().nullish(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  story_vi: z.string().nullish(),
  story_en: z.string().nullish(),
  logo_url: z.string().nullish(),
  verified: z.boolean().optional(),
}

/** A new producer: name and province are required, the rest optional. */
export const AdminCreateProducer = z
  .object({ name: z.string({ error: "name is required" }), province: z.string({ error: "province is required" }), ...fields })
  .strict()

/** Changes to a producer. */
export const AdminUpdateProducer = z.object({ name: z.string().optional(), province: z.string().optional(), ...fields }).strict()

export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

/** Staff invite a producer to open their portal account. */
export const AdminInviteProducer = z
  .object({
    email: z.string({ error: "email is the address the invitation goes to" }).refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()), "email must be an email address, e.g. htx@example.vn"),
    locale: z.enum(["vi", "en"], { error: "locale is vi or en" }).optional(),
  })
  .strict()

export type AdminInviteProducerType = z.infer<typeof AdminInviteProducer>

/** Staff's check of a producer's certification document: accepted, or refused with the reason the producer reads. */
export const AdminReviewCertificationDocument = z
  .object({
    status: z.enum(["accepted", "refused"], { error: "status is accepted or refused" }),
    reason: z.string({ error: "reason is a sentence for the producer" }).nullish(),
  })
  .strict()
  .refine((body) => body.status === "accepted" || Boolean(body.reason?.trim()), "reason is required when refusing: tell the producer what is wrong or what to send instead")
  .transform((body) => ({ status: body.status, reason: body.status === "refused" ? (body.reason ?? "").trim() : null }))

export type AdminReviewCertificationDocumentType = z.infer<typeof AdminReviewCertificationDocument>
