import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

/**
 * Deactivates an operator (`deactivated`: from now on, unless already deactivated) or reactivates
 * them. An unknown id answers 404. Compensation puts back the date it replaced.
 */
export const setOperatorDeactivationStep = createStep(
  "set-operator-deactivation",
  async (input: { operator_id: string; deactivated: boolean }, { container }) => {
    const operators = container.resolve<OperatorModuleService>(OPERATOR_MODULE)
    const [operator] = await operators.listOperators({ id: input.operator_id })
    if (!operator) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no operator with id ${input.operator_id}.`)
    }
    const previous = operator.deactivated_at ?? null
    // deactivating twice keeps the first date: that is when the account stopped working
    const deactivated_at = input.deactivated ? (previous ?? new Date()) : null
    await operators.updateOperators({ id: operator.id, deactivated_at })
    return new StepResponse({ id: operator.id, deactivated_at }, { id: operator.id, deactivated_at: previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<OperatorModuleService>(OPERATOR_MODULE).updateOperators(previous)
    }
  }
)
