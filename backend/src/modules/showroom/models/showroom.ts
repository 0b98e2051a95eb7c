import { model } from "@medusajs/framework/utils"

/** The two kinds of OCOP showroom the province runs. */
export const SHOWROOM_LEVELS = ["provincial", "district"] as const

/**
 * A showroom where OCOP products are shown and sold ("điểm giới thiệu và bán sản phẩm OCOP").
 * Its stock and pickup are Medusa's own: it is linked to one stock location and one sales channel.
 */
export const Showroom = model.define("showroom", {
  id: model.id({ prefix: "shwr" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  level: model.enum([...SHOWROOM_LEVELS]),
  /** the legacy district-level area it serves */
  area_code: model.text(),
  province: model.text(),
  commune: model.text().nullable(),
  street: model.text().nullable(),
  legacy_district: model.text().nullable(),
  legacy_commune: model.text().nullable(),
  phone: model.text(),
  /** [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] */
  opening_hours: model.json(),
  opening_hours_text: model.text().nullable(),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  /** invented for the demo: the sources name no showroom */
  demo: model.boolean().default(false),
})
