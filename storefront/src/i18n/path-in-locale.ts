import type { Locale } from "@/i18n/routing"
import { consolePath } from "@/lib/operations/console-path"
import { portalHref, type PortalPage } from "@/lib/producer-portal/portal-paths"

const PORTAL_PAGES: PortalPage[] = ["home", "login", "invite", "reset-password", "new-product", "product", "orders", "profile", "documents"]

/** Without the `/vi` or `/en` in front. */
const unprefixed = (path: string) => path.replace(/^\/(vi|en)(?=\/|$)/, "")

// The addresses that differ by language, as [Vietnamese, English] path prefixes, longest first so
// that `/nha-san-xuat/san-pham/moi` is not read as a product called "moi".
const PREFIXES: Array<Record<Locale, string>> = [
  ...PORTAL_PAGES.map((page) => ({ vi: unprefixed(portalHref("vi", page)), en: unprefixed(portalHref("en", page)) })),
  { vi: consolePath("vi"), en: consolePath("en") },
].sort((a, b) => b.vi.length - a.vi.length)

/**
 * The same page's path in another language, without the locale in front: the producer portal and
 * the operations console have an address of their own in each language (`/nha-san-xuat/ho-so` is
 * `/producer/profile`); every other page keeps its path.
 */
export function pathInLocale(pathname: string, from: Locale, to: Locale): string {
  if (from === to) return pathname
  const match = PREFIXES.find((prefix) => pathname === prefix[from] || pathname.startsWith(`${prefix[from]}/`))
  return match ? `${match[to]}${pathname.slice(match[from].length)}` : pathname
}
