import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  associateProductsWithSalesChannelsStep,
  createInventoryLevelsStep,
  emitEventStep,
  updateInventoryLevelsStep,
} from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { resolveShowroomStockStep } from "../steps/resolve-showroom-stock"

/** How many units of each variant a showroom holds now. */
export type StockShowroomInput = {
  showroom_id: string
  items: Array<{ variant_id: string; stocked_quantity: number }>
}

/**
 * Stocks products at a showroom: sets the stocked quantity at its stock location (creating the
 * inventory level the first time) and puts the products on the showroom's sales channel.
 */
export const stockShowroomWorkflow = createWorkflow("stock-showroom", (input: StockShowroomInput) => {
  const plan = resolveShowroomStockStep(input)
  associateProductsWithSalesChannelsStep(
    transform({ plan }, ({ plan: p }) => ({
      links: p.product_ids.map((product_id) => ({ product_id, sales_channel_id: p.sales_channel_id })),
    }))
  )
  when({ plan }, ({ plan: p }) => p.create.length > 0).then(() => {
    createInventoryLevelsStep(transform({ plan }, ({ plan: p }) => p.create))
  })
  when({ plan }, ({ plan: p }) => p.update.length > 0).then(() => {
    updateInventoryLevelsStep(transform({ plan }, ({ plan: p }) => p.update))
  })
  emitEventStep({
    eventName: OcopEvents.SHOWROOM_STOCKED,
    data: transform({ input, plan }, ({ input: data, plan: p }) => ({ showroom_id: data.showroom_id, product_ids: p.product_ids })),
  })
  return new WorkflowResponse(transform({ plan }, ({ plan: p }) => ({ location_id: p.location_id, sales_channel_id: p.sales_channel_id })))
})
