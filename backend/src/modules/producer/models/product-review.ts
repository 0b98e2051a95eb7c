import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/** Where a producer's product stands with province staff. */
export const PRODUCT_REVIEW_STATUSES = ["draft", "pending", "rejected", "approved"] as const

/**
 * The review of what a producer wrote for one product (linked one-to-one to the product). A
 * product that was never approved is edited in place and stays unpublished; for a live product,
 * `changes` holds the producer's new content beside it until staff approve and it is applied.
 */
export const ProductReview = model.define("product_review", {
  id: model.id({ prefix: "prev" }).primaryKey(),
  status: model.enum([...PRODUCT_REVIEW_STATUSES]).default("draft"),
  /** ProducerProductContent waiting to replace a live product's; null when there is none */
  changes: model.json().nullable(),
  /** staff's reason, shown to the producer until they change the product again */
  rejection_reason: model.text().nullable(),
  submitted_at: model.dateTime().nullable(),
  reviewed_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "reviews" }),
})
