"use client"

import { hasLocale, useLocale, useTranslations } from "next-intl"
import { Link, usePathname, useRouter } from "@/i18n/navigation"
import { pathInLocale } from "@/i18n/path-in-locale"
import { routing } from "@/i18n/routing"

/**
 * Links to the current page in each language the shop speaks (at its address in that language,
 * for the producer portal and the console). With JavaScript the query string comes along too, so a
 * search or its filters survive the switch.
 */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch")
  const currentLocale = useLocale()
  const pathname = usePathname()
  const router = useRouter()
  return (
    <nav aria-label={t("label")}>
      <ul className="flex items-center gap-1 text-sm">
        {routing.locales.map((locale) => {
          const isCurrent = locale === currentLocale
          const href = hasLocale(routing.locales, currentLocale) ? pathInLocale(pathname, currentLocale, locale) : pathname
          return (
            <li key={locale}>
              <Link
                href={href}
                locale={locale}
                lang={locale}
                aria-current={isCurrent ? "true" : undefined}
                onClick={(event) => {
                  if (!window.location.search || event.metaKey || event.ctrlKey || event.shiftKey) return
                  event.preventDefault()
                  router.push(`${href}${window.location.search}`, { locale })
                }}
                className={
                  isCurrent
                    ? "rounded-md bg-brand-50 px-2.5 py-1.5 font-semibold text-brand-800"
                    : "rounded-md px-2.5 py-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900"
                }
              >
                {t(locale)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
