import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A pickup fulfilment set with one service zone (Việt Nam) for a showroom's stock location, so
 * the showroom can offer "pick up here". Compensation deletes it.
 */
export const createPickupFulfillmentSetStep = createStep(
  "create-pickup-fulfillment-set",
  async ({ name }: { name: string }, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `Nhận tại ${name}`,
      type: "pickup",
      service_zones: [{ name: `Nhận tại ${name}`, geo_zones: [{ type: "country", country_code: "vn" }] }],
    })
    return new StepResponse({ id: set.id, service_zone_id: set.service_zones[0]!.id }, set.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets(id)
    }
  }
)
