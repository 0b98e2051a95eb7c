import { messageLocale, type RenderedMessage } from "./message"
import { MESSAGE_TEMPLATES } from "./templates"

/** A template name no template answers to, or data it cannot render. */
export class UnrenderableMessageError extends Error {
  override name = "UnrenderableMessageError"
}

/**
 * Renders a notification: the template by name, the language from `data.locale` (Vietnamese
 * unless "en"). Throws {@link UnrenderableMessageError} with a sentence saying what is wrong.
 */
export function renderMessage(template: string, data: Record<string, unknown> | null | undefined): RenderedMessage & { locale: "vi" | "en" } {
  const found = MESSAGE_TEMPLATES[template]
  if (!found) {
    throw new UnrenderableMessageError(
      `No message template is called "${template}"; known: ${Object.keys(MESSAGE_TEMPLATES).sort().join(", ")}.`
    )
  }
  const locale = messageLocale(data?.locale)
  try {
    return { ...found.render(found.check(data ?? {}), locale), locale }
  } catch (error) {
    throw new UnrenderableMessageError((error as Error).message)
  }
}
