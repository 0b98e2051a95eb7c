import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { OperatorOrder } from "@ocop/types"
import { OPERATOR_MODULE } from "../../modules/operator"
import type OperatorModuleService from "../../modules/operator/service"
import { readOperatorOrders } from "../views/operator-order-view"
import type { OperatorScope } from "./operator-scope"

/** One order as its operator sees it; another showroom's order answers 404, as if it did not exist. */
export async function readOperatorOrder(container: MedusaContainer, scope: OperatorScope, orderId: string): Promise<OperatorOrder> {
  const [handling] = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).listOrderHandlings({ order_id: orderId })
  const mine = handling && (scope.showroom_ids === null || (handling.showroom_id !== null && scope.showroom_ids.includes(handling.showroom_id)))
  const [order] = mine ? await readOperatorOrders(container, [handling]) : []
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no order with id ${orderId} at your showroom.`)
  }
  return order
}
