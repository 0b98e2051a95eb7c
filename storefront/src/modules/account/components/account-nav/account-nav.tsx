"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { logout } from "@/lib/data/customer"

const SECTIONS = [
  { href: "/account", key: "overview" },
  { href: "/account/addresses", key: "addresses" },
  { href: "/account/orders", key: "orders" },
] as const

/** The account's sections, the current one marked, and the way out. */
export function AccountNav() {
  const t = useTranslations("Account.nav")
  const pathname = usePathname()
  const isCurrent = (href: string) => (href === "/account" ? pathname === href : pathname.startsWith(href))
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 border-b border-stone-200 pb-3">
      <ul className="flex flex-wrap gap-1">
        {SECTIONS.map(({ href, key }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={isCurrent(href) ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-lg px-3 ${
                isCurrent(href) ? "bg-brand-50 font-semibold text-brand-900" : "text-stone-700 hover:bg-stone-100"
              }`}
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
      <form action={logout} className="ml-auto">
        <button type="submit" className="min-h-11 rounded-lg px-3 text-stone-700 underline-offset-2 hover:bg-stone-100 hover:underline">
          {t("logout")}
        </button>
      </form>
    </nav>
  )
}
