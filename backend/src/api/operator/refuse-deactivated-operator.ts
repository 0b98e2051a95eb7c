import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OPERATOR_MODULE } from "../../modules/operator"
import type OperatorModuleService from "../../modules/operator/service"

const DEACTIVATED = "This operator account has been deactivated by province staff. Ask them to reactivate it."

async function refuseIfDeactivated(req: MedusaRequest, filters: { id: string } | { email: string }, type: string): Promise<void> {
  const [operator] = await req.scope.resolve<OperatorModuleService>(OPERATOR_MODULE).listOperators(filters, { select: ["id", "deactivated_at"] })
  if (operator?.deactivated_at) {
    throw new MedusaError(type, DEACTIVATED)
  }
}

/** After `authenticate("operator")`: a token of an operator province staff deactivated is refused with 401. */
export function refuseDeactivatedOperator(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  // authenticate() already refused a request without an operator
  if (!actorId) return next()
  refuseIfDeactivated(req, { id: actorId }, MedusaError.Types.UNAUTHORIZED).then(() => next(), next)
}

/**
 * Before Medusa's `POST /auth/operator/emailpass`: a deactivated operator is refused with 403 and
 * a sentence instead of a token (which every `/operator` route would refuse anyway); 403, not
 * 401, so the console can say why rather than "wrong password".
 */
export function refuseDeactivatedLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { email } = (req.body ?? {}) as { email?: unknown }
  if (typeof email !== "string" || !email.trim()) return next()
  refuseIfDeactivated(req, { email: email.trim().toLowerCase() }, MedusaError.Types.FORBIDDEN).then(() => next(), next)
}
