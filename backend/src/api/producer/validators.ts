import { formatVnd } from "@ocop/domain"
import { MAX_PACK_PRICE_VND } from "@ocop/types"
import { z } from "zod"

// Medusa's zod error formatter drops custom messages of min/max, so sentences go through refine.
const nonEmpty = (sentence: string) => z.string({ error: sentence }).refine((value) => value.trim().length > 0, sentence)
const optionalText = z.string().nullish().transform((value) => (value?.trim() ? value.trim() : null))

// one sentence per bad price; zod's own type error would reach the client as "is required"
const price = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem =
      typeof value !== "number" || !Number.isInteger(value)
        ? "price is a whole number of đồng (VND has no decimals), e.g. 125000"
        : value <= 0
          ? "price must be more than 0 đồng"
          : value > MAX_PACK_PRICE_VND
            ? `price must be at most ${formatVnd(MAX_PACK_PRICE_VND)}`
            : null
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem })
    }
  })
  .transform((value) => value as number)

const weight = z
  .number({ error: "weight is a whole number of grams" })
  .refine((value) => Number.isInteger(value) && value > 0, "weight is a whole number of grams above 0, e.g. 500")
  .nullish()
  .transform((value) => value ?? null)

const variant = z
  .object({
    id: z.string().optional(),
    title: nonEmpty("each pack needs a name, e.g. Chai 500 ml"),
    price,
    weight,
  })
  .strict()

const variants = z.array(variant).refine((list) => list.length > 0, "add at least one pack with its price").refine((list) => list.length <= 20, "a product has at most 20 packs")

/** A producer's new product: a Vietnamese title and at least one priced pack; pictures are uploaded after. */
export const ProducerCreateProduct = z
  .object({
    title: nonEmpty("title (in Vietnamese) is required"),
    title_en: optionalText,
    description: optionalText,
    description_en: optionalText,
    variants,
  })
  .strict()

/** A producer's change to a product: any of its fields; `images` lists its own pictures to keep, in order. */
export const ProducerUpdateProduct = z
  .object({
    title: nonEmpty("title (in Vietnamese) cannot be empty").optional(),
    title_en: optionalText.optional(),
    description: optionalText.optional(),
    description_en: optionalText.optional(),
    images: z.array(z.string()).optional(),
    variants: variants.optional(),
  })
  .strict()

/**
 * What a producer may change of their profile: story, contact and street address. The name, the
 * province and commune (which place the producer in an OCOP area) and verification are staff's.
 */
export const ProducerUpdateProfile = z
  .object({
    story_vi: optionalText.optional(),
    story_en: optionalText.optional(),
    phone: optionalText.optional(),
    email: optionalText.optional(),
    street: optionalText.optional(),
  })
  .strict()

/** Opening an account from an invitation. */
export const ProducerAcceptInvite = z
  .object({
    token: nonEmpty("token is the code from the invitation link"),
    password: z.string({ error: "password is required" }).refine((value) => value.length >= 8, "password needs at least 8 characters"),
  })
  .strict()

/** A month range of the sales summary: `months` months back, this one included. */
export const ProducerListSales = z
  .object({ months: z.coerce.number().refine((value) => Number.isInteger(value) && value >= 1 && value <= 24, "months is a whole number from 1 to 24").default(12) })
  .strict()

export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>
export type ProducerListSalesType = z.infer<typeof ProducerListSales>
