import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OPERATOR_MODULE } from "../../../modules/operator"
import type OperatorModuleService from "../../../modules/operator/service"

/** The operator's record. Compensation deletes it. */
export const createOperatorRecordStep = createStep(
  "create-operator-record",
  async (input: { email: string; name: string; phone?: string | null; all_showrooms: boolean }, { container }) => {
    const operator = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).createOperators(input)
    return new StepResponse(operator, operator.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<OperatorModuleService>(OPERATOR_MODULE).deleteOperators(id)
    }
  }
)
