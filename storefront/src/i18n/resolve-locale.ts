import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { routing, type Locale } from "./routing"

/**
 * The locale of a `[locale]` route, or a 404 for anything else. Every layout and page under
 * `[locale]` calls it first: Next renders a page alongside its layout, so a page must not read
 * the backend for `/favicon.ico` just because the layout is about to reject it.
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  return locale
}
