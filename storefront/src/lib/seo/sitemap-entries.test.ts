// @vitest-environment node
import { describe, expect, it } from "vitest"
import { buildSitemapEntries } from "./sitemap-entries"

const ORIGIN = "https://ocop.example.vn"
const GROUPS = ["food", "beverages", "herbal", "handicrafts", "ornamental", "tourism"]

describe("buildSitemapEntries", () => {
  it("lists home, search, the catalogue, the directories and every group in both languages when there are no products", () => {
    const paths = ["", "/search", "/products", "/producers", "/showrooms", ...GROUPS.map((code) => `/groups/${code}`)]
    expect(buildSitemapEntries(ORIGIN, { products: [] }).map((entry) => entry.url)).toEqual(
      paths.flatMap((path) => [`https://ocop.example.vn/vi${path}`, `https://ocop.example.vn/en${path}`]),
    )
  })

  it("lists each product and its traceability page in both languages with hreflang alternates and last change", () => {
    const entries = buildSitemapEntries(ORIGIN, { products: [{ handle: "mat-ong-rung", updatedAt: "2025-06-01T00:00:00.000Z" }, { handle: "tieu", updatedAt: null }] })
    const honey = entries.filter((entry) => entry.url.includes("/products/mat-ong-rung"))
    const languages = {
      vi: "https://ocop.example.vn/vi/products/mat-ong-rung",
      en: "https://ocop.example.vn/en/products/mat-ong-rung",
      "x-default": "https://ocop.example.vn/vi/products/mat-ong-rung",
    }
    expect(honey).toEqual([
      { url: languages.vi, lastModified: "2025-06-01T00:00:00.000Z", alternates: { languages } },
      { url: languages.en, lastModified: "2025-06-01T00:00:00.000Z", alternates: { languages } },
    ])
    expect(entries.map((entry) => entry.url)).toContain("https://ocop.example.vn/en/trace/mat-ong-rung")
    expect(entries.find((entry) => entry.url.endsWith("/en/products/tieu"))).not.toHaveProperty("lastModified")
    expect(entries).toHaveLength(22 + 8)
  })

  it("lists every producer's and showroom's page in both languages", () => {
    const urls = buildSitemapEntries(ORIGIN, { products: [], producers: ["htx-tuan-linh"], showrooms: ["ocop-bo-trach"] }).map((entry) => entry.url)
    expect(urls).toEqual(expect.arrayContaining([
      "https://ocop.example.vn/vi/producers/htx-tuan-linh",
      "https://ocop.example.vn/en/producers/htx-tuan-linh",
      "https://ocop.example.vn/vi/showrooms/ocop-bo-trach",
      "https://ocop.example.vn/en/showrooms/ocop-bo-trach",
    ]))
    expect(urls).toHaveLength(22 + 4)
  })
})
