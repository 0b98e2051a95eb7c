import type { Metadata } from "next"
import { routing, type Locale } from "@/i18n/routing"

/** OpenGraph's spelling of each language the shop speaks. */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { vi: "vi_VN", en: "en_US" }

/** The path of a product's page below the locale: `/products/nuoc-mam-canh-duong`. */
export function productPath(handle: string): string {
  return `/products/${encodeURIComponent(handle)}`
}

/** The path of a product's public traceability page, the one its QR code opens: `/trace/nuoc-mam-canh-duong`. */
export function tracePath(handle: string): string {
  return `/trace/${encodeURIComponent(handle)}`
}

/** The path of a product group's page: `/groups/food`. */
export function groupPath(code: string): string {
  return `/groups/${encodeURIComponent(code)}`
}

/** The path of a producer's page: `/producers/htx-tuan-linh`. */
export function producerPath(handle: string): string {
  return `/producers/${encodeURIComponent(handle)}`
}

/** The path of a showroom's page: `/showrooms/ocop-bo-trach`. */
export function showroomPath(handle: string): string {
  return `/showrooms/${encodeURIComponent(handle)}`
}

/** The absolute URL of a shop path in one language: `localizedUrl(origin, "en", "/search")` is `${origin}/en/search`. */
export function localizedUrl(origin: string, locale: Locale, path: string): string {
  return `${origin}/${locale}${path === "/" ? "" : path}`
}

/** hreflang links for a path: one per language, and `x-default` on Vietnamese, the shop's default. */
export function languageAlternates(origin: string, path: string): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, localizedUrl(origin, locale, path)])),
    "x-default": localizedUrl(origin, routing.defaultLocale, path),
  }
}

/** What one page says about itself to search engines and link previews. */
export type PageSeo = {
  origin: string
  locale: Locale
  /** below the locale, starting with `/`; `/` for the home page */
  path: string
  title: string
  description: string
  siteName: string
  image?: string | null
}

/** A page's metadata: title, description, canonical URL, hreflang alternates and OpenGraph. */
export function buildPageMetadata({ origin, locale, path, title, description, siteName, image }: PageSeo): Metadata {
  const url = localizedUrl(origin, locale, path)
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(origin, path) },
    openGraph: {
      type: "website",
      siteName,
      title,
      description,
      url,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      ...(image ? { images: [{ url: image, alt: title }] } : {}),
    },
  }
}
