import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AwardingLevel, ProductGroupCode } from "@ocop/domain"
import { createCertificationStep } from "../steps/create-certification"
import { ensureOcopProductStep } from "../steps/ensure-ocop-product"
import { supersedeCurrentCertificationStep } from "../steps/supersede-current-certification"
import { validateCertificationStep } from "../steps/validate-certification"
import { OcopEvents } from "../../../lib/ocop-events"

/** A certification decision as province staff enter it; the expiry is derived, never typed. */
export type CertifyProductInput = {
  product_id: string
  star_level: number
  group_code: ProductGroupCode
  score?: number | null
  decision_number: string
  decision_date: string
  awarding_level?: AwardingLevel | null
  note?: string | null
  source_url?: string | null
}

/**
 * Certifies a product, or renews its certification: the new decision becomes current and the
 * previous one is kept as history. Nothing is written when a rule is broken.
 */
export const certifyProductWorkflow = createWorkflow("certify-product", (input: CertifyProductInput) => {
  validateCertificationStep(input)
  const ocopProduct = ensureOcopProductStep({ product_id: input.product_id })
  supersedeCurrentCertificationStep({ ocop_product_id: ocopProduct.id })
  const certification = createCertificationStep(
    transform({ input, ocopProduct }, ({ input: data, ocopProduct: record }) => ({
      ocop_product_id: record.id,
      star_level: data.star_level,
      group_code: data.group_code,
      score: data.score ?? null,
      decision_number: data.decision_number,
      decision_date: data.decision_date,
      awarding_level: data.awarding_level ?? null,
      note: data.note ?? null,
      source_url: data.source_url ?? null,
    }))
  )
  emitEventStep({ eventName: OcopEvents.PRODUCT_OCOP_UPDATED, data: { product_id: input.product_id } })
  return new WorkflowResponse(certification)
})
