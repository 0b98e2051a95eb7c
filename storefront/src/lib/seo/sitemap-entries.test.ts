// @vitest-environment node
import { describe, expect, it } from "vitest"
import { buildSitemapEntries } from "./sitemap-entries"

const ORIGIN = "https://ocop.example.vn"

describe("buildSitemapEntries", () => {
  it("lists home and search in both languages when there are no products", () => {
    expect(buildSitemapEntries(ORIGIN, []).map((entry) => entry.url)).toEqual([
      "https://ocop.example.vn/vi",
      "https://ocop.example.vn/en",
      "https://ocop.example.vn/vi/search",
      "https://ocop.example.vn/en/search",
    ])
  })

  it("lists each product in both languages with its hreflang alternates and last change", () => {
    const entries = buildSitemapEntries(ORIGIN, [{ handle: "mat-ong-rung", updatedAt: "2025-06-01T00:00:00.000Z" }, { handle: "tieu", updatedAt: null }])
    const honey = entries.filter((entry) => entry.url.includes("mat-ong-rung"))
    const languages = {
      vi: "https://ocop.example.vn/vi/products/mat-ong-rung",
      en: "https://ocop.example.vn/en/products/mat-ong-rung",
      "x-default": "https://ocop.example.vn/vi/products/mat-ong-rung",
    }
    expect(honey).toEqual([
      { url: languages.vi, lastModified: "2025-06-01T00:00:00.000Z", alternates: { languages } },
      { url: languages.en, lastModified: "2025-06-01T00:00:00.000Z", alternates: { languages } },
    ])
    expect(entries.find((entry) => entry.url.endsWith("/en/products/tieu"))).not.toHaveProperty("lastModified")
    expect(entries).toHaveLength(8)
  })
})
