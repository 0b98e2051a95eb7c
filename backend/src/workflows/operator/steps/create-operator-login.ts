import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The operator's email-and-password login: an auth identity of Medusa's emailpass provider whose
 * app metadata names the operator, so `/auth/operator/emailpass` logs them in as actor `operator`.
 * An email that already has a login (a customer, say) is refused. Compensation deletes the identity.
 */
export const createOperatorLoginStep = createStep(
  "create-operator-login",
  async (input: { operator_id: string; email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (!success || !authIdentity) {
      // Medusa's sentence is "Identity with email already exists"
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, /exists/i.test(error ?? "") ? `The email ${input.email} already has a login; give the operator another email.` : `The login could not be created: ${error}`)
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...authIdentity.app_metadata, operator_id: input.operator_id } })
    return new StepResponse({ auth_identity_id: authIdentity.id }, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
    }
  }
)
