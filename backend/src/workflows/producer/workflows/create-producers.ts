import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerTypeCode } from "@ocop/domain"
import { createProducersStep } from "../steps/create-producers"
import { validateProducersStep } from "../steps/validate-producers"

/** A producer's fields as staff and the seed give them. */
export type ProducerData = {
  handle?: string
  name?: string
  type?: ProducerTypeCode | null
  province?: string
  commune?: string | null
  street?: string | null
  legacy_province?: string | null
  legacy_district?: string | null
  legacy_commune?: string | null
  area_code?: string | null
  phone?: string | null
  email?: string | null
  story_vi?: string | null
  story_en?: string | null
  logo_url?: string | null
  verified?: boolean
  fictional?: boolean
  metadata?: Record<string, unknown> | null
}

/** Creates producers after checking their phone, email, type and handle. */
export const createProducersWorkflow = createWorkflow("create-producers", (input: { producers: ProducerData[] }) => {
  const producers = validateProducersStep(input)
  return new WorkflowResponse(createProducersStep(producers))
})
