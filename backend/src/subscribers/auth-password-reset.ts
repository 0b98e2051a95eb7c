import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../env"
import { messageLocale } from "../notifications/message"
import { passwordResetLink } from "../notifications/reset-links"
import { sendMessageWorkflow } from "../workflows/notification/workflows/send-message"

type PasswordResetEvent = {
  /** The identifier the reset was asked for: the account's email. */
  entity_id: string
  actor_type: string
  token: string
  /** What the asking page sent along; the storefront sends `{ locale }`. */
  metadata?: Record<string, unknown>
}

/**
 * Someone asked to reset an account's password (Medusa emits this only when the account
 * exists): mail the link to the page that sets a new one, in the language they asked in.
 */
export default async function sendPasswordResetLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type: actorType, token, metadata } = event.data
  const env = readBackendEnv()
  const locale = messageLocale(metadata?.locale)
  const resetUrl = passwordResetLink({ actorType, email, token, locale, storefrontUrl: env.STOREFRONT_URL, backendUrl: env.MEDUSA_BACKEND_URL })
  if (!resetUrl) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No password reset page exists for "${actorType}" accounts; no message was sent to ${email}.`)
    return
  }
  await sendMessageWorkflow(container).run({
    input: { to: email, template: "password-reset", locale, data: { reset_url: resetUrl }, resource_type: "auth_identity" },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
