import { PRODUCT_GROUPS } from "@ocop/domain"
import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { groupPath, languageAlternates, localizedUrl, producerPath, productPath, showroomPath, tracePath } from "./page-metadata"

/** The pages every shop has, whatever its catalogue: home, search, catalogue, directories and each product group. */
export const STATIC_PATHS: readonly string[] = ["/", "/search", "/products", "/producers", "/showrooms", ...PRODUCT_GROUPS.map((group) => groupPath(group.code))]

/** A product as the sitemap needs it. */
export type SitemapProduct = { handle: string; updatedAt: string | null }

/** What the backend sells and who stands behind it; each list empty while the backend is away. */
export type SitemapCatalogue = {
  products: readonly SitemapProduct[]
  producers?: readonly string[]
  showrooms?: readonly string[]
}

/**
 * The sitemap: every static page, every product with its traceability page, every producer and
 * showroom, once per language, each entry carrying its hreflang alternates (`x-default` on Vietnamese).
 */
export function buildSitemapEntries(origin: string, { products, producers = [], showrooms = [] }: SitemapCatalogue): MetadataRoute.Sitemap {
  const pages: Array<{ path: string; lastModified?: string }> = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...products.flatMap((product) =>
      [productPath(product.handle), tracePath(product.handle)].map((path) => ({ path, ...(product.updatedAt ? { lastModified: product.updatedAt } : {}) })),
    ),
    ...producers.map((handle) => ({ path: producerPath(handle) })),
    ...showrooms.map((handle) => ({ path: showroomPath(handle) })),
  ]
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(origin, locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(origin, path) },
    })),
  )
}
