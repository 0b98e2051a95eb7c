import type { MetadataRoute } from "next"
import { listProductHandles } from "@/lib/data/products"
import { siteOrigin } from "@/lib/seo/site-origin"
import { buildSitemapEntries } from "@/lib/seo/sitemap-entries"

/** `/sitemap.xml`: home, search and every product in both languages; the static pages alone while the backend is away. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin()
  const products = await listProductHandles()
  return buildSitemapEntries(origin, products.ok ? products.data : [])
}
