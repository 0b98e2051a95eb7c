import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../../lib/ocop-events"
import { revokeCertificationStep, type RevokeCertificationInput } from "../steps/revoke-certification"

/** Revokes a certification, keeping it in the product's history with the reason. */
export const revokeCertificationWorkflow = createWorkflow("revoke-certification", (input: RevokeCertificationInput) => {
  const certification = revokeCertificationStep(input)
  emitEventStep({ eventName: OcopEvents.CERTIFICATION_REVOKED, data: { id: input.certification_id } })
  return new WorkflowResponse(certification)
})
