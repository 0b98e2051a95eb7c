import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing, type Locale } from "./routing"

type Catalogue = typeof import("../../messages/vi.json")

const catalogues: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  vi: () => import("../../messages/vi.json"),
  en: () => import("../../messages/en.json"),
}

/** The locale and message catalogue of one request, taken from the `[locale]` segment. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const messages = (await catalogues[locale]()).default
  return { locale, messages }
})
