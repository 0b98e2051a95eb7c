import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"
import type { CreateOperatorInput } from "../workflows/create-operator"

/**
 * Checks an operator before anything is written: bound to exactly one existing showroom or to
 * all of them, and an email no operator uses yet. Writes nothing.
 */
export const validateNewOperatorStep = createStep("validate-new-operator", async (input: CreateOperatorInput, { container }) => {
  if (Boolean(input.showroom_id) === Boolean(input.all_showrooms)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give either showroom_id (the operator's showroom) or all_showrooms: true (provincial staff), not both.")
  }
  if (input.showroom_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["id"], filters: { id: input.showroom_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${input.showroom_id}.`)
    }
  }
  const [taken] = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).listOperators({ email: input.email })
  if (taken) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `There is already an operator with the email ${input.email}.`)
  }
  return new StepResponse({ ok: true })
})
