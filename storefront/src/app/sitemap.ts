import type { MetadataRoute } from "next"
import { listProducers } from "@/lib/data/producers"
import { listProductHandles } from "@/lib/data/products"
import { listShowrooms } from "@/lib/data/showrooms"
import { siteOrigin } from "@/lib/seo/site-origin"
import { buildSitemapEntries } from "@/lib/seo/sitemap-entries"

/**
 * `/sitemap.xml`: the static pages, every product with its traceability page, every producer and
 * showroom, in both languages; the static pages alone while the backend is away.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin()
  const [products, producers, showrooms] = await Promise.all([listProductHandles(), listProducers(), listShowrooms()])
  return buildSitemapEntries(origin, {
    products: products.ok ? products.data : [],
    producers: producers.ok ? producers.data.map((producer) => producer.handle) : [],
    showrooms: showrooms.ok ? showrooms.data.map((showroom) => showroom.handle) : [],
  })
}
