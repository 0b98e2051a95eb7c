import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { email: string; password: string; producer_id: string }

/**
 * Opens the producer's email-and-password login, bound to their producer (Medusa's auth module
 * reads `app_metadata.producer_id` as the actor id of a `producer` token). Compensation deletes it.
 */
export const registerProducerIdentityStep = createStep(
  "register-producer-identity",
  async ({ email, password, producer_id }: Input, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      const taken = /already exists/i.test(error ?? "")
      throw new MedusaError(
        taken ? MedusaError.Types.DUPLICATE_ERROR : MedusaError.Types.INVALID_DATA,
        taken ? `${email} already has an account in the shop. Ask province staff to invite you with another email address.` : `The account could not be opened: ${error ?? "unknown reason"}.`
      )
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...(authIdentity.app_metadata ?? {}), producer_id } })
    return new StepResponse({ id: authIdentity.id }, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
    }
  }
)
