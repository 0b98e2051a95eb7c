import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOperatorWorkflow } from "../../../workflows/operator/workflows/create-operator"
import { readOperators } from "./read-operators"
import type { AdminCreateOperatorType } from "./validators"

/** GET /admin/operators: every showroom operator with their showroom, deactivated ones included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const operators = await readOperators(req.scope)
  res.json({ operators, count: operators.length })
}

/** POST /admin/operators: creates an operator's account (email and password) for one showroom or all. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOperatorType>, res: MedusaResponse) {
  const { result } = await createOperatorWorkflow(req.scope).run({ input: req.validatedBody })
  const [operator] = await readOperators(req.scope, { id: result.id })
  res.status(201).json({ operator })
}
