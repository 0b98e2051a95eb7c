import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { siteOrigin } from "@/lib/seo/site-origin"

/** `/robots.txt`: everything may be crawled but searches with words or filters, and the sitemap is named. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin()
  return {
    // Endless combinations of words and filters would waste crawlers on pages the sitemap already covers.
    rules: { userAgent: "*", allow: "/", disallow: routing.locales.map((locale) => `/${locale}/search?`) },
    sitemap: `${origin}/sitemap.xml`,
  }
}
