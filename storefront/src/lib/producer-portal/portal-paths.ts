import { producerPortalPath, type PortalLocale } from "@ocop/types"

/** The portal's pages under its home, by the name the code uses. */
export type PortalPage = "home" | "login" | "invite" | "reset-password" | "new-product" | "product" | "orders" | "profile" | "documents"

// The folders under app/[locale]/(producer)/nha-san-xuat are the Vietnamese addresses; the
// English ones (/en/producer/…) are rewritten to them in next.config.ts.
const SEGMENTS: Record<PortalLocale, Record<Exclude<PortalPage, "home" | "login" | "invite" | "reset-password">, string>> = {
  vi: { "new-product": "san-pham/moi", product: "san-pham", orders: "don-hang", profile: "ho-so", documents: "giay-to" },
  en: { "new-product": "products/new", product: "products", orders: "orders", profile: "profile", documents: "documents" },
}

/** The address of a portal page in a language; `id` for one product's page. */
export function portalHref(locale: PortalLocale, page: PortalPage, id?: string): string {
  if (page === "home" || page === "login" || page === "invite" || page === "reset-password") {
    return producerPortalPath(locale, page)
  }
  const path = `${producerPortalPath(locale, "home")}/${SEGMENTS[locale][page]}`
  return id ? `${path}/${encodeURIComponent(id)}` : path
}

/** The rewrites that serve the English addresses from the Vietnamese folders (for next.config.ts). */
export function portalRewrites(): Array<{ source: string; destination: string }> {
  const pairs: Array<[string, string]> = [
    [portalHref("en", "home"), portalHref("vi", "home")],
    [portalHref("en", "login"), portalHref("vi", "login")],
    [portalHref("en", "invite"), portalHref("vi", "invite")],
    [portalHref("en", "reset-password"), portalHref("vi", "reset-password")],
    [portalHref("en", "new-product"), portalHref("vi", "new-product")],
    [`${portalHref("en", "product")}/:id`, `${portalHref("vi", "product")}/:id`],
    [portalHref("en", "orders"), portalHref("vi", "orders")],
    [portalHref("en", "profile"), portalHref("vi", "profile")],
    [portalHref("en", "documents"), portalHref("vi", "documents")],
  ]
  // the destination keeps the [locale] segment "en": only the folder names are Vietnamese
  return pairs.map(([source, destination]) => ({ source, destination: destination.replace(/^\/vi\//, "/en/") }))
}
