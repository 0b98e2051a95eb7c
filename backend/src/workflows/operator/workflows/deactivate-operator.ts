import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOperatorDeactivationStep } from "../steps/set-operator-deactivation"

/** Which operator to deactivate or reactivate. */
export type OperatorAccountInput = { operator_id: string }

/**
 * Deactivates an operator's account: from then on they cannot log in, and a token they already
 * hold is refused on every `/operator` route. Their orders and stock movements keep their name.
 */
export const deactivateOperatorWorkflow = createWorkflow("deactivate-operator", (input: OperatorAccountInput) => {
  const operator = setOperatorDeactivationStep(transform({ input }, ({ input: data }) => ({ operator_id: data.operator_id, deactivated: true })))
  return new WorkflowResponse(operator)
})
