import { PRODUCER_TYPES } from "@ocop/domain"
import { model } from "@medusajs/framework/utils"
import { CertificationDocument } from "./certification-document"
import { ProducerInvite } from "./producer-invite"
import { ProductReview } from "./product-review"

/**
 * An OCOP producer ("chủ thể OCOP"): a cooperative, cooperative group, enterprise or household
 * business. Its address is the 2025 one (province, commune or ward) with the district and
 * commune of before the reform kept as labels.
 */
export const Producer = model.define("producer", {
  id: model.id({ prefix: "pdcr" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  /** null: the source does not say */
  type: model.enum(PRODUCER_TYPES.map((type) => type.code)).nullable(),
  province: model.text(),
  commune: model.text().nullable(),
  street: model.text().nullable(),
  legacy_province: model.text().nullable(),
  legacy_district: model.text().nullable(),
  legacy_commune: model.text().nullable(),
  area_code: model.text().nullable(),
  /** national form, 0xxxxxxxxx */
  phone: model.text().nullable(),
  email: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  logo_url: model.text().nullable(),
  verified: model.boolean().default(false),
  fictional: model.boolean().default(false),
  /** demo_fields: which values are invented for the demo; source_urls: where the facts come from */
  metadata: model.json().nullable(),
  invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
  reviews: model.hasMany(() => ProductReview, { mappedBy: "producer" }),
  documents: model.hasMany(() => CertificationDocument, { mappedBy: "producer" }),
})
