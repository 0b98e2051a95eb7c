import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/**
 * Marks the product's current certification as superseded, so a renewal can become current.
 * Compensation makes it current again.
 */
export const supersedeCurrentCertificationStep = createStep(
  "supersede-current-certification",
  async ({ ocop_product_id }: { ocop_product_id: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [current] = await ocop.listOcopCertifications({ ocop_product_id, state: "current" })
    if (!current) {
      return new StepResponse(null, null)
    }
    await ocop.updateOcopCertifications({ id: current.id, state: "superseded" })
    return new StepResponse(current.id, current.id)
  },
  async (supersededId, { container }) => {
    if (supersededId) {
      await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertifications({ id: supersededId, state: "current" })
    }
  }
)
