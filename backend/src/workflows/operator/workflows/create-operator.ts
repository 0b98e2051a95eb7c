import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { OPERATOR_MODULE } from "../../../modules/operator"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import { createOperatorLoginStep } from "../steps/create-operator-login"
import { createOperatorRecordStep } from "../steps/create-operator-record"
import { validateNewOperatorStep } from "../steps/validate-new-operator"

/** An operator account as province staff create it: one showroom, or all of them. */
export type CreateOperatorInput = {
  email: string
  password: string
  name: string
  phone?: string | null
  showroom_id?: string | null
  all_showrooms?: boolean
}

/**
 * Creates a showroom operator: the record, an email-and-password login as actor `operator`, and
 * the link to their showroom (none for provincial staff, who see every showroom). A failure
 * leaves no half-made account.
 */
export const createOperatorWorkflow = createWorkflow("create-operator", (input: CreateOperatorInput) => {
  validateNewOperatorStep(input)
  const operator = createOperatorRecordStep(
    transform({ input }, ({ input: data }) => ({ email: data.email, name: data.name, phone: data.phone ?? null, all_showrooms: Boolean(data.all_showrooms) }))
  )
  createOperatorLoginStep(transform({ input, operator }, ({ input: data, operator: created }) => ({ operator_id: created.id, email: data.email, password: data.password })))
  when({ input }, ({ input: data }) => Boolean(data.showroom_id)).then(() => {
    createRemoteLinkStep(
      transform({ input, operator }, ({ input: data, operator: created }) => [
        { [OPERATOR_MODULE]: { operator_id: created.id }, [SHOWROOM_MODULE]: { showroom_id: data.showroom_id! } },
      ])
    )
  })
  return new WorkflowResponse(transform({ operator }, ({ operator: created }) => ({ id: created.id })))
})
