import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deactivateOperatorWorkflow } from "../../../../../workflows/operator/workflows/deactivate-operator"
import { readOperators } from "../../read-operators"

/** POST /admin/operators/:id/deactivate: the operator can no longer log in or use a token they hold. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deactivateOperatorWorkflow(req.scope).run({ input: { operator_id: req.params.id! } })
  const [operator] = await readOperators(req.scope, { id: req.params.id })
  res.json({ operator })
}
