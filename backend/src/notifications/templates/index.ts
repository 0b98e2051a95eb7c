import type { MessageTemplate } from "../message"
import { orderCancelled } from "./order-cancelled"
import { orderPlaced } from "./order-placed"
import { orderReadyForPickup } from "./order-ready-for-pickup"
import { orderShipped } from "./order-shipped"
import { passwordReset } from "./password-reset"
import { producerInvite } from "./producer-invite"

/**
 * Every message the shop sends, by template name. A notification naming a template that is not
 * here is refused by the outbox provider, so a typo never mails an empty message.
 */
export const MESSAGE_TEMPLATES: Record<string, MessageTemplate<any>> = Object.fromEntries(
  [passwordReset, producerInvite, orderPlaced, orderReadyForPickup, orderShipped, orderCancelled].map((template) => [template.name, template])
)
