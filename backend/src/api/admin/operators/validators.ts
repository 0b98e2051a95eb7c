import { normalizeVietnamesePhone } from "@ocop/domain"
import { z } from "zod"

/** An operator account to create: bound to one showroom, or to all of them (provincial staff). */
export const AdminCreateOperator = z
  .object({
    email: z
      .string({ error: "email is required" })
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => z.email().safeParse(value).success, "email is not a valid email address"),
    password: z.string({ error: "password is required" }).refine((value) => value.length >= 8, "password is at least 8 characters"),
    name: z
      .string({ error: "name is required" })
      .transform((value) => value.trim())
      .refine((value) => value.length > 0, "name is required"),
    phone: z
      .string()
      .refine((value) => normalizeVietnamesePhone(value) !== null, "phone is not a Vietnamese phone number (0xxxxxxxxx)")
      .transform((value) => normalizeVietnamesePhone(value) ?? value)
      .nullish(),
    showroom_id: z.string().nullish(),
    all_showrooms: z.boolean().optional(),
  })
  .strict()

export type AdminCreateOperatorType = z.infer<typeof AdminCreateOperator>
