import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The signed-in operator and the showrooms they may act for (null: every showroom). */
export type OperatorScope = { operator_id: string; email: string; name: string; all_showrooms: boolean; showroom_ids: string[] | null }

type OperatorRecord = { id: string; email: string; name: string; all_showrooms: boolean; showroom?: { id: string } | null }

/** Reads who the request's operator is and which showrooms are theirs; a removed operator gets 401. */
export async function readOperatorScope(req: AuthenticatedMedusaRequest): Promise<OperatorScope> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "operator",
    fields: ["id", "email", "name", "all_showrooms", "showroom.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const operator = data[0] as OperatorRecord | undefined
  if (!operator) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This operator account no longer exists.")
  }
  return {
    operator_id: operator.id,
    email: operator.email,
    name: operator.name,
    all_showrooms: operator.all_showrooms,
    showroom_ids: operator.all_showrooms ? null : operator.showroom ? [operator.showroom.id] : [],
  }
}
