import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import { createPickupFulfillmentSetStep } from "../steps/create-pickup-fulfillment-set"
import { createShowroomStep } from "../steps/create-showroom"
import { validateShowroomStep } from "../steps/validate-showroom"

/** A showroom as province staff (or the seed) describe it. */
export type OpenShowroomInput = {
  handle?: string
  name: string
  level: "provincial" | "district"
  area_code: string
  province: string
  commune?: string | null
  street?: string | null
  legacy_district?: string | null
  legacy_commune?: string | null
  phone: string
  opening_hours: Array<{ days: string; opens: string; closes: string }>
  opening_hours_text?: string | null
  latitude?: number | null
  longitude?: number | null
  demo?: boolean
}

/**
 * Opens a showroom in one go: its stock location, a pickup option there (free, manual
 * fulfilment), its own sales channel, and the links between them. Any failure undoes it all.
 */
export const openShowroomWorkflow = createWorkflow("open-showroom", (input: OpenShowroomInput) => {
  const checked = validateShowroomStep(input)
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ checked }, ({ checked: c }) => ({
      locations: [{ name: c.data.name, address: { address_1: c.data.street ?? c.data.name, city: c.data.commune ?? c.data.province, province: c.data.province, country_code: "vn", phone: c.data.phone } }],
    })),
  })
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ checked }, ({ checked: c }) => ({ salesChannelsData: [{ name: c.data.name, description: `Bán tại ${c.data.name}` }] })),
  })
  const ids = transform({ locations, channels }, ({ locations: l, channels: c }) => ({ location_id: l[0]!.id, sales_channel_id: c[0]!.id }))
  linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: transform({ ids }, ({ ids: i }) => ({ id: i.location_id, add: [i.sales_channel_id] })) })
  const pickup = createPickupFulfillmentSetStep(transform({ checked }, ({ checked: c }) => ({ name: c.data.name })))
  // the location must offer the pickup set and the manual provider before an option can use them
  createRemoteLinkStep(
    transform({ ids, pickup }, ({ ids: i, pickup: p }): LinkDefinition[] => [
      { [Modules.STOCK_LOCATION]: { stock_location_id: i.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: p.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: i.location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
    ])
  ).config({ name: "link-pickup-to-location" })
  createShippingOptionsWorkflow.runAsStep({
    input: transform({ checked, pickup }, ({ checked: c, pickup: p }) => [
      {
        name: `Nhận tại ${c.data.name}`,
        service_zone_id: p.service_zone_id,
        shipping_profile_id: c.shipping_profile_id,
        provider_id: "manual_manual",
        price_type: "flat" as const,
        prices: [{ currency_code: "vnd", amount: 0 }],
        type: { label: "Nhận tại showroom", description: "Nhận hàng tại điểm bán OCOP", code: "showroom-pickup" },
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      },
    ]),
  })
  const showroom = createShowroomStep(transform({ checked }, ({ checked: c }) => c.data))
  createRemoteLinkStep(
    transform({ ids, showroom }, ({ ids: i, showroom: s }): LinkDefinition[] => [
      { [SHOWROOM_MODULE]: { showroom_id: s.id }, [Modules.STOCK_LOCATION]: { stock_location_id: i.location_id } },
      { [SHOWROOM_MODULE]: { showroom_id: s.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: i.sales_channel_id } },
    ])
  ).config({ name: "link-showroom" })
  return new WorkflowResponse(transform({ showroom, ids }, ({ showroom: s, ids: i }) => ({ ...s, ...i })))
})
