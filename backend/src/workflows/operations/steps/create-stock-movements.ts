import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

type Movement = { showroom_id: string; variant_id: string; inventory_item_id: string; kind: "adjustment" | "delivery"; change: number; reason: string; operator_id: string }

/** Records why the stock changed, one row per variant. Compensation deletes them. */
export const createStockMovementsStep = createStep(
  "create-stock-movements",
  async (movements: Movement[], { container }) => {
    const created = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).createStockMovements(movements)
    return new StepResponse(created, created.map((movement) => movement.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<OperatorModuleService>(OPERATOR_MODULE).deleteStockMovements(ids)
    }
  }
)
