import { z } from "zod"

const slot = z.object({
  days: z.string().min(1),
  opens: z.string().regex(/^\d{2}:\d{2}$/, "opens is a time as HH:MM"),
  closes: z.string().regex(/^\d{2}:\d{2}$/, "closes is a time as HH:MM"),
})

/** A showroom to open: its stock location, pickup option and sales channel come with it. */
export const AdminOpenShowroom = z
  .object({
    handle: z.string().regex(/^[a-z0-9-]+$/, "handle uses lower-case letters, digits and dashes").optional(),
    name: z.string({ error: "name is required" }),
    level: z.enum(["provincial", "district"], { error: "level is provincial or district" }),
    area_code: z.string({ error: "area_code is required" }),
    province: z.string({ error: "province is required" }),
    commune: z.string().nullish(),
    street: z.string().nullish(),
    legacy_district: z.string().nullish(),
    legacy_commune: z.string().nullish(),
    phone: z.string({ error: "phone is required" }),
    opening_hours: z.array(slot).min(1, "Give at least one opening-hours slot."),
    opening_hours_text: z.string().nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
  })
  .strict()

export type AdminOpenShowroomType = z.infer<typeof AdminOpenShowroom>

/** Changes to a showroom; its handle, stock location and sales channel stay. */
export const AdminUpdateShowroom = AdminOpenShowroom.omit({ handle: true }).partial().strict()

export type AdminUpdateShowroomType = z.infer<typeof AdminUpdateShowroom>

/** Stocked quantities to set at the showroom, per variant. */
export const AdminStockShowroom = z
  .object({
    items: z
      .array(
        z.object({
          variant_id: z.string({ error: "variant_id is required" }),
          stocked_quantity: z.number().int("stocked_quantity is a whole number").min(0, "stocked_quantity cannot be negative"),
        })
      )
      .min(1, "Give at least one item to stock."),
  })
  .strict()

export type AdminStockShowroomType = z.infer<typeof AdminStockShowroom>
