import { OPERATIONS_CONSOLE_SEGMENT, OPERATIONS_RESET_PASSWORD_PAGE, producerPortalPath } from "@ocop/types"
import type { MessageLocale } from "./message"

type ResetLinkInput = {
  actorType: string
  email: string
  token: string
  locale: MessageLocale
  storefrontUrl: string
  backendUrl: string
}

const withQuery = (base: string, query: Record<string, string>) => `${base}?${new URLSearchParams(query).toString()}`

/**
 * The page where an account of each actor type sets a new password, with the token and email in
 * its query; undefined for an actor type that has no such page (then no message is sent).
 * Shoppers, producers and showroom operators reset in the storefront (producers in their portal,
 * operators in the console: `/vi/van-hanh/…`, `/en/operations/…`); province staff in Medusa's admin.
 */
export function passwordResetLink({ actorType, email, token, locale, storefrontUrl, backendUrl }: ResetLinkInput): string | undefined {
  const storefront = storefrontUrl.replace(/\/+$/, "")
  switch (actorType) {
    case "customer":
      return withQuery(`${storefront}/${locale}/account/reset-password`, { token, email })
    case "producer":
      return withQuery(`${storefront}${producerPortalPath(locale, "reset-password")}`, { token, email })
    case "operator":
      return withQuery(`${storefront}/${locale}${OPERATIONS_CONSOLE_SEGMENT[locale]}${OPERATIONS_RESET_PASSWORD_PAGE}`, { token, email })
    case "user":
      return withQuery(`${backendUrl.replace(/\/+$/, "")}/app/reset-password`, { token, email })
    default:
      return undefined
  }
}
