/** The languages the shop writes to people in; Vietnamese unless they chose English. */
export const MESSAGE_LOCALES = ["vi", "en"] as const
export type MessageLocale = (typeof MESSAGE_LOCALES)[number]

/** A rendered message, ready for any email transport. */
export type RenderedMessage = {
  subject: string
  /** Plain text, for mail clients that show no HTML and for reading in the outbox. */
  text: string
  html: string
}

/**
 * One kind of message (password reset, order placed…). `check` reads the notification's data
 * and says what is missing, so a subscriber that forgets a field fails loudly at send time
 * instead of mailing a half-empty message.
 */
export type MessageTemplate<Data> = {
  name: string
  check: (data: Record<string, unknown>) => Data
  render: (data: Data, locale: MessageLocale) => RenderedMessage
}

/** The shopper's language from anything that may carry one; Vietnamese by default. */
export function messageLocale(value: unknown): MessageLocale {
  return value === "en" ? "en" : "vi"
}

/** A required text field of a notification's data, or a sentence naming what is missing. */
export function requireText(data: Record<string, unknown>, field: string, template: string): string {
  const value = data[field]
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`The "${template}" message needs data.${field} (a non-empty string).`)
  }
  return value
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Text made safe to place inside HTML: names and addresses come from people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

/**
 * The HTML frame every message shares: the shop's name, the paragraphs (already escaped or
 * built with {@link escapeHtml}) and an optional button.
 */
export function htmlMessage(locale: MessageLocale, paragraphs: string[], action?: { label: string; url: string }): string {
  const shop = locale === "en" ? "OCOP Market · Quảng Bình" : "Chợ OCOP · Quảng Bình"
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;background:#0f5132;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action.label)}</a></p>`
    : ""
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(shop)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933;max-width:560px;margin:auto;padding:16px">`,
    `<p style="font-weight:600;color:#0f5132">${escapeHtml(shop)}</p>`,
    ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    button,
    `</body></html>`,
  ].join("\n")
}
