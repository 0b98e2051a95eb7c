import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"
import { readOperatorOrders } from "../../views/operator-order-view"
import { readOperatorScope } from "../operator-scope"
import type { OperatorListOrdersType } from "../validators"

/**
 * GET /operator/orders: the order queue of the operator's showrooms (or of one of them), newest
 * first, filterable by status and delivery method; filtering by another showroom answers 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await readOperatorScope(req)
  const { status, method, showroom_id, limit, offset } = req.validatedQuery as OperatorListOrdersType
  const allowed = scope.showroom_ids
  if (showroom_id && allowed !== null && !allowed.includes(showroom_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${showroom_id} among yours.`)
  }
  const showrooms = showroom_id ? [showroom_id] : allowed
  const filters = {
    ...(showrooms === null ? {} : { showroom_id: showrooms }),
    ...(status?.length ? { status } : {}),
    ...(method ? { method } : {}),
  }
  const [handlings, count] = await req.scope
    .resolve<OperatorModuleService>(OPERATOR_MODULE)
    .listAndCountOrderHandlings(filters, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ orders: await readOperatorOrders(req.scope, handlings), count, limit, offset })
}
