import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type RevokeCertificationInput = { certification_id: string; reason: string }

/**
 * Withdraws a certification: it stays in the history, marked revoked with the reason, and no
 * longer shows a badge. Compensation restores the state it had.
 */
export const revokeCertificationStep = createStep(
  "revoke-certification",
  async ({ certification_id, reason }: RevokeCertificationInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [certification] = await ocop.listOcopCertifications({ id: certification_id })
    if (!certification) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no certification with id ${certification_id}.`)
    }
    if (certification.state === "revoked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This certification is already revoked.")
    }
    const previous = { id: certification.id, state: certification.state }
    const revoked = await ocop.updateOcopCertifications({
      id: certification.id,
      state: "revoked",
      revoked_at: new Date(),
      revocation_reason: reason.trim(),
    })
    return new StepResponse(revoked, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertifications({
        id: previous.id,
        state: previous.state,
        revoked_at: null,
        revocation_reason: null,
      })
    }
  }
)
