import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { MessageLocale } from "../../../notifications/message"

export type SendMessageInput = {
  /** The recipient's email address. */
  to: string
  /** A template of `notifications/templates` (the outbox refuses an unknown one). */
  template: string
  locale: MessageLocale
  data: Record<string, unknown>
  /** What the message is about, for the notification record (`order`, `auth_identity`…). */
  resource_type?: string
  resource_id?: string
  /** The same key twice sends once: events can be delivered again. */
  idempotency_key?: string
}

/**
 * Sends one email through Medusa's notification module, which records it and hands it to the
 * `email` channel's provider (the outbox in development). The language travels in the data.
 */
export const sendMessageWorkflow = createWorkflow("send-message", (input: SendMessageInput) => {
  const notifications = sendNotificationsStep(
    transform({ input }, ({ input: message }) => [
      {
        to: message.to,
        channel: "email",
        template: message.template,
        data: { ...message.data, locale: message.locale },
        resource_type: message.resource_type ?? null,
        resource_id: message.resource_id ?? null,
        idempotency_key: message.idempotency_key ?? null,
      },
    ])
  )
  return new WorkflowResponse(notifications)
})
