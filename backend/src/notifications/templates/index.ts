import type { MessageTemplate } from "../message"
import { passwordReset } from "./password-reset"
import { producerInvite } from "./producer-invite"

/**
 * Every message the shop sends, by template name. A notification naming a template that is not
 * here is refused by the outbox provider, so a typo never mails an empty message.
 */
export const MESSAGE_TEMPLATES: Record<string, MessageTemplate<any>> = Object.fromEntries(
  [passwordReset, producerInvite].map((template) => [template.name, template])
)
