import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { createCertificationStep, type CreateCertificationInput } from "../steps/create-certification"
import { ensureOcopProductStep } from "../steps/ensure-ocop-product"

/** What a public source says about a product: its origin and its certification as published. */
export type RecordProductOcopFactsInput = {
  product_id: string
  origin: {
    origin_commune: string | null
    origin_legacy_district: string | null
    origin_legacy_commune: string | null
    origin_area_code: string | null
    origin_inferred: boolean
    fictional: boolean
  }
  certification: Omit<CreateCertificationInput, "ocop_product_id">
}

/**
 * Records a product's OCOP facts as a source publishes them, gaps included (no exact level, a
 * year but no date, no decision number), for products that have no OCOP record yet. Staff
 * certifications go through certify-product, which demands a complete, rule-abiding decision.
 */
export const recordProductOcopFactsWorkflow = createWorkflow("record-product-ocop-facts", (input: RecordProductOcopFactsInput) => {
  const ocopProduct = ensureOcopProductStep(transform({ input }, ({ input: data }) => ({ product_id: data.product_id, origin: data.origin })))
  const certification = createCertificationStep(
    transform({ input, ocopProduct }, ({ input: data, ocopProduct: record }) => ({ ...data.certification, ocop_product_id: record.id }))
  )
  emitEventStep({ eventName: OcopEvents.PRODUCT_OCOP_UPDATED, data: { product_id: input.product_id } })
  return new WorkflowResponse(certification)
})
