import { normalizeVietnamesePhone } from "@ocop/domain"
import { z } from "zod"

// Checks as refinements: Medusa words the built-in size checks itself and drops our sentence.
const text = (name: string, max: number) =>
  z
    .string({ error: `${name} is required` })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, `${name} is required`)
    .refine((value) => value.length <= max, `${name} is at most ${max} characters`)

const contact = {
  email: text("email", 200).refine((value) => z.email().safeParse(value).success, "email is not a valid email address"),
  full_name: text("full_name", 100),
  phone: z
    .string({ error: "phone is required" })
    .refine((value) => normalizeVietnamesePhone(value) !== null, "phone is not a Vietnamese phone number (0xxxxxxxxx)")
    .transform((value) => normalizeVietnamesePhone(value) ?? value),
  locale: z.enum(["vi", "en"], { error: "locale is vi or en" }).optional(),
}

/** Contact and delivery for a cart: pickup at a showroom, or home delivery to an address. */
export const StoreChooseCartDelivery = z.discriminatedUnion(
  "method",
  [
    z.object({ ...contact, method: z.literal("pickup"), showroom_id: text("showroom_id", 100) }).strict(),
    z
      .object({
        ...contact,
        method: z.literal("delivery"),
        address: z
          .object({ province_code: text("address.province_code", 10), ward_code: text("address.ward_code", 10), street: text("address.street", 200) }, { error: "address is required for delivery" })
          .strict(),
      })
      .strict(),
  ],
  { error: "method is pickup or delivery" }
)

export type StoreChooseCartDeliveryType = z.infer<typeof StoreChooseCartDelivery>
