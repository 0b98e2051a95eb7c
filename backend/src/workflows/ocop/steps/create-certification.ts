import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AwardingLevel, ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** What a new certification holds; the expiry is derived from decision_date, never stored. */
export type CreateCertificationInput = {
  ocop_product_id: string
  star_level: number | null
  stars_min?: number | null
  group_code: ProductGroupCode
  score?: number | null
  decision_number: string | null
  decision_date: string | null
  decision_date_approximate?: boolean
  awarding_level?: AwardingLevel | null
  note?: string | null
  source_url?: string | null
  extra_sources?: string[] | null
}

/** Records a certification as the product's current one. Compensation deletes it. */
export const createCertificationStep = createStep(
  "create-certification",
  async (input: CreateCertificationInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const certification = await ocop.createOcopCertifications({
      ...input,
      awarding_level: input.awarding_level ?? null,
      decision_number: input.decision_number?.trim() || null,
      extra_sources: input.extra_sources ?? null,
      state: "current",
    })
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertifications(id)
    }
  }
)
