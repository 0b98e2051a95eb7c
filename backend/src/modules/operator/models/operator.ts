import { model } from "@medusajs/framework/utils"

/**
 * A showroom operator: staff at the counter who prepare, hand over and ship orders and keep the
 * shelf stocked. Bound to one showroom through the operator–showroom link, or to every showroom
 * (provincial staff) with `all_showrooms`. Logs in as Medusa auth actor `operator`, unless
 * province staff deactivated the account (`deactivated_at`): kept for the orders it handled.
 */
export const Operator = model.define("operator", {
  id: model.id({ prefix: "oper" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  phone: model.text().nullable(),
  all_showrooms: model.boolean().default(false),
  deactivated_at: model.dateTime().nullable(),
})
