import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { languageAlternates, localizedUrl, productPath } from "./page-metadata"

/** The pages every shop has, whatever its catalogue. */
export const STATIC_PATHS = ["/", "/search"] as const

/** A product as the sitemap needs it. */
export type SitemapProduct = { handle: string; updatedAt: string | null }

/**
 * The sitemap: every static page and every product, once per language, each entry carrying its
 * hreflang alternates (with `x-default` on Vietnamese).
 */
export function buildSitemapEntries(origin: string, products: readonly SitemapProduct[]): MetadataRoute.Sitemap {
  const pages: Array<{ path: string; lastModified?: string }> = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...products.map((product) => ({ path: productPath(product.handle), ...(product.updatedAt ? { lastModified: product.updatedAt } : {}) })),
  ]
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(origin, locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(origin, path) },
    })),
  )
}
