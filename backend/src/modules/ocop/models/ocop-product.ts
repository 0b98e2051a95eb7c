import { model } from "@medusajs/framework/utils"
import { OcopCertification } from "./ocop-certification"

/**
 * A product's OCOP record, linked one-to-one to Medusa's product: where it comes from (when it
 * differs from its producer's place) and its certifications, the current one and the history.
 */
export const OcopProduct = model.define("ocop_product", {
  id: model.id({ prefix: "ocp" }).primaryKey(),
  origin_commune: model.text().nullable(),
  origin_legacy_district: model.text().nullable(),
  origin_legacy_commune: model.text().nullable(),
  origin_area_code: model.text().nullable(),
  /** the place was read from the product's name, not stated by a source */
  origin_inferred: model.boolean().default(false),
  /** a demo product invented for the shop, not a real one */
  fictional: model.boolean().default(false),
  certifications: model.hasMany(() => OcopCertification, { mappedBy: "ocop_product" }),
})
