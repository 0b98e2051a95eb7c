import { model } from "@medusajs/framework/utils"

/**
 * A district-level area of the province as it was before the 2025 reform (city, town or
 * district). Shops, producers and showrooms still name them, so filters and labels use them.
 */
export const OcopArea = model.define("ocop_area", {
  id: model.id({ prefix: "oarea" }).primaryKey(),
  code: model.text().unique(),
  name: model.text(),
  full_name: model.text(),
  type: model.text(),
  rank: model.number().default(0),
})
