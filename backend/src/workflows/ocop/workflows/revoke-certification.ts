import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCertificationStep, type RevokeCertificationInput } from "../steps/revoke-certification"

/** Revokes a certification, keeping it in the product's history with the reason. */
export const revokeCertificationWorkflow = createWorkflow("revoke-certification", (input: RevokeCertificationInput) => {
  const certification = revokeCertificationStep(input)
  return new WorkflowResponse(certification)
})
