import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOperatorWorkflow } from "../../../workflows/operator/workflows/create-operator"
import type { AdminCreateOperatorType } from "./validators"

type OperatorRecord = { id: string; email: string; name: string; phone: string | null; all_showrooms: boolean; created_at: string; showroom?: { id: string; name: string } | null }

const FIELDS = ["id", "email", "name", "phone", "all_showrooms", "created_at", "showroom.id", "showroom.name"]

async function listOperators(container: MedusaContainer, filters: Record<string, unknown> = {}) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "operator", fields: FIELDS, filters })
  return (data as OperatorRecord[]).map((operator) => ({ ...operator, showroom: operator.showroom ?? null }))
}

/** GET /admin/operators: every showroom operator with their showroom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const operators = await listOperators(req.scope)
  res.json({ operators, count: operators.length })
}

/** POST /admin/operators: creates an operator's account (email and password) for one showroom or all. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOperatorType>, res: MedusaResponse) {
  const { result } = await createOperatorWorkflow(req.scope).run({ input: req.validatedBody })
  const [operator] = await listOperators(req.scope, { id: result.id })
  res.status(201).json({ operator })
}
