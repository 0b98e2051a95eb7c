import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderHandlingStatus } from "@ocop/types"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

/** What an action records on an order's handling. */
export type OrderHandlingChanges = {
  status?: OrderHandlingStatus
  accepted_at?: Date
  ready_at?: Date
  handed_over_at?: Date
  shipped_at?: Date
  cancelled_at?: Date
  carrier?: string
  tracking_number?: string
  cancel_reason?: string
  operator_id?: string
}

/** Records an action on an order's handling. Compensation puts back what was there. */
export const updateOrderHandlingStep = createStep(
  "update-order-handling",
  async (input: { id: string; changes: OrderHandlingChanges }, { container }) => {
    const service = container.resolve<OperatorModuleService>(OPERATOR_MODULE)
    const before = await service.retrieveOrderHandling(input.id)
    const previous = Object.fromEntries(Object.keys(input.changes).map((key) => [key, before[key as keyof typeof before] ?? null]))
    const updated = await service.updateOrderHandlings({ id: input.id, ...input.changes })
    return new StepResponse(updated, { id: input.id, previous })
  },
  async (saved, { container }) => {
    if (saved) {
      await container.resolve<OperatorModuleService>(OPERATOR_MODULE).updateOrderHandlings({ id: saved.id, ...saved.previous })
    }
  }
)
