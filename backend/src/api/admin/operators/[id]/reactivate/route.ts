import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reactivateOperatorWorkflow } from "../../../../../workflows/operator/workflows/reactivate-operator"
import { readOperators } from "../../read-operators"

/** POST /admin/operators/:id/reactivate: the operator logs in again with their password. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await reactivateOperatorWorkflow(req.scope).run({ input: { operator_id: req.params.id! } })
  const [operator] = await readOperators(req.scope, { id: req.params.id })
  res.json({ operator })
}
