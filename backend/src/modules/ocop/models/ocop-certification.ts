import { AWARDING_LEVELS, PRODUCT_GROUPS } from "@ocop/domain"
import { model } from "@medusajs/framework/utils"
import { OcopProduct } from "./ocop-product"

/** Where a certification stands: the one in force, replaced by a renewal, or withdrawn. */
export const CERTIFICATION_STATES = ["current", "superseded", "revoked"] as const

/**
 * One OCOP decision about a product. Expiry and validity are derived from the decision date
 * (packages/domain), never stored. At most one certification per product is `current`.
 */
export const OcopCertification = model
  .define("ocop_certification", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    /** 1–5; 1–2 are evaluation results, never shown as certified; null: level not published */
    star_level: model.number().nullable(),
    /** what a source says when it gives no exact level ("3 stars or more") */
    stars_min: model.number().nullable(),
    group_code: model.enum(PRODUCT_GROUPS.map((group) => group.code)),
    score: model.float().nullable(),
    decision_number: model.text().nullable(),
    /** ISO calendar date, YYYY-MM-DD */
    decision_date: model.text().nullable(),
    /** the source gave only the year; the date is 31 December of it */
    decision_date_approximate: model.boolean().default(false),
    awarding_level: model.enum(AWARDING_LEVELS.map((level) => level.code)).nullable(),
    state: model.enum([...CERTIFICATION_STATES]).default("current"),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    note: model.text().nullable(),
    source_url: model.text().nullable(),
    extra_sources: model.array().nullable(),
    ocop_product: model.belongsTo(() => OcopProduct, { mappedBy: "certifications" }),
  })
  .indexes([
    {
      name: "IDX_ocop_certification_one_current",
      on: ["ocop_product_id"],
      unique: true,
      where: "state = 'current' AND deleted_at IS NULL",
    },
    {
      // one decision often certifies many products, but a product only once
      name: "IDX_ocop_certification_product_decision",
      on: ["ocop_product_id", "decision_number"],
      unique: true,
      where: "decision_number IS NOT NULL AND deleted_at IS NULL",
    },
    { name: "IDX_ocop_certification_decision_number", on: ["decision_number"], where: "deleted_at IS NULL" },
  ])
