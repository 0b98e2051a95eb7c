import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { stockShowroomWorkflow } from "../../showroom/workflows/stock-showroom"
import { createStockMovementsStep } from "../steps/create-stock-movements"
import { planStockMovesStep } from "../steps/plan-stock-moves"

/** A change of stock at a showroom by an operator: a counted correction or a delivery received. */
export type MoveShowroomStockInput = {
  showroom_id: string
  /** the showrooms the operator may act for; null: all */
  showroom_ids: string[] | null
  operator_id: string
  kind: "adjustment" | "delivery"
  reason: string
  items: Array<{ variant_id: string; change: number }>
}

/**
 * Adds to or takes from a showroom's stock (one change at a time per showroom), never below what
 * orders reserved; a delivered product new to the showroom goes on its shelf (its sales channel).
 * Each change is recorded with its reason.
 */
export const moveShowroomStockWorkflow = createWorkflow("move-showroom-stock", (input: MoveShowroomStockInput) => {
  const key = transform({ input }, ({ input: data }) => `ocop-stock:${data.showroom_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const plan = planStockMovesStep(input)
  stockShowroomWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input: data, plan: p }) => ({
      showroom_id: data.showroom_id,
      items: p.moves.map((move) => ({ variant_id: move.variant_id, stocked_quantity: move.stocked_quantity })),
    })),
  })
  const movements = createStockMovementsStep(
    transform({ input, plan }, ({ input: data, plan: p }) =>
      p.moves.map((move) => ({
        showroom_id: data.showroom_id,
        variant_id: move.variant_id,
        inventory_item_id: move.inventory_item_id,
        kind: data.kind,
        change: move.change,
        reason: data.reason,
        operator_id: data.operator_id,
      }))
    )
  )
  releaseLockStep({ key })
  return new WorkflowResponse(movements)
})
