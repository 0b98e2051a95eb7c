import "server-only"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { BackendResult } from "@/lib/data/backend-call"
import { retrieveCustomer, type Customer } from "@/lib/data/customer"

/** An account page's title with the shop's name; account pages stay out of search engines. */
export async function accountMetadata(locale: Locale, title: (t: Awaited<ReturnType<typeof getTranslations<"Account">>>) => string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Account" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return { title: `${title(t)} – ${tHeader("brand")}`, robots: { index: false, follow: false } }
}

/**
 * The logged-in customer for a page that needs one; a logged-out shopper is sent to the login,
 * which brings them back to `path` afterwards.
 */
export async function requireCustomer(locale: Locale, path: string): Promise<BackendResult<Customer>> {
  const customer = await retrieveCustomer()
  if (!customer.ok) return customer
  if (!customer.data) {
    return redirect({ href: { pathname: "/account/login", query: { next: path } }, locale })
  }
  return { ok: true, data: customer.data }
}
