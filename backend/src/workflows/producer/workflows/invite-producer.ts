import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { producerPortalPath } from "@ocop/types"
import { readBackendEnv } from "../../../env"
import type { MessageLocale } from "../../../notifications/message"
import { sendMessageWorkflow } from "../../notification/workflows/send-message"
import { createProducerInviteStep } from "../steps/create-producer-invite"

/**
 * Province staff invite a producer to open their portal account: the invitation is stored and
 * mailed (in Vietnamese unless staff choose English). Returns the link, for staff to pass on
 * by phone or Zalo too; if the message cannot be sent, no invitation is left behind.
 */
export const inviteProducerWorkflow = createWorkflow("invite-producer", (input: { producer_id: string; email: string; locale?: MessageLocale }) => {
  const invite = createProducerInviteStep(input)
  const link = transform({ invite, input }, ({ invite: created, input: given }) => {
    const locale = given.locale ?? "vi"
    const storefront = readBackendEnv().STOREFRONT_URL.replace(/\/+$/, "")
    const url = `${storefront}${producerPortalPath(locale, "invite")}?${new URLSearchParams({ token: created.token }).toString()}`
    return { url, locale, expires_on: new Date(created.expires_at).toISOString().slice(0, 10) }
  })
  sendMessageWorkflow.runAsStep({
    input: transform({ invite, link }, ({ invite: created, link: l }) => ({
      to: created.email,
      template: "producer-invite",
      locale: l.locale,
      data: { producer_name: created.producer_name, invite_url: l.url, expires_on: l.expires_on },
      resource_type: "producer_invite",
      resource_id: created.id,
    })),
  })
  return new WorkflowResponse(transform({ invite, link }, ({ invite: created, link: l }) => ({ id: created.id, email: created.email, expires_at: created.expires_at, url: l.url })))
})
