import { model } from "@medusajs/framework/utils"

/**
 * Why a showroom's stock changed by hand: a counted correction (with the operator's reason) or a
 * delivery received. Medusa's inventory holds the quantities; this is their history.
 */
export const StockMovement = model.define("stock_movement", {
  id: model.id({ prefix: "stmv" }).primaryKey(),
  showroom_id: model.text().index(),
  variant_id: model.text(),
  inventory_item_id: model.text(),
  kind: model.enum(["adjustment", "delivery"]),
  change: model.number(),
  reason: model.text(),
  operator_id: model.text().nullable(),
})
