import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOperatorDeactivationStep } from "../steps/set-operator-deactivation"
import type { OperatorAccountInput } from "./deactivate-operator"

/** Reactivates a deactivated operator's account: they log in again with their password. */
export const reactivateOperatorWorkflow = createWorkflow("reactivate-operator", (input: OperatorAccountInput) => {
  const operator = setOperatorDeactivationStep(transform({ input }, ({ input: data }) => ({ operator_id: data.operator_id, deactivated: false })))
  return new WorkflowResponse(operator)
})
