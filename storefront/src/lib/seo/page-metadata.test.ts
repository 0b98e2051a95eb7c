// @vitest-environment node
import { describe, expect, it } from "vitest"
import { buildPageMetadata, languageAlternates, localizedUrl, productPath } from "./page-metadata"

const ORIGIN = "https://ocop.example.vn"

describe("localizedUrl", () => {
  it("puts the locale first and leaves no trailing slash on the home page", () => {
    expect(localizedUrl(ORIGIN, "vi", "/")).toBe("https://ocop.example.vn/vi")
    expect(localizedUrl(ORIGIN, "en", "/search")).toBe("https://ocop.example.vn/en/search")
  })

  it("encodes a product handle in its path", () => {
    expect(productPath("nuoc-mam canh/duong")).toBe("/products/nuoc-mam%20canh%2Fduong")
  })
})

describe("languageAlternates", () => {
  it("links each language and points x-default at Vietnamese", () => {
    expect(languageAlternates(ORIGIN, "/products/mat-ong")).toEqual({
      vi: "https://ocop.example.vn/vi/products/mat-ong",
      en: "https://ocop.example.vn/en/products/mat-ong",
      "x-default": "https://ocop.example.vn/vi/products/mat-ong",
    })
  })
})

describe("buildPageMetadata", () => {
  const page = { origin: ORIGIN, path: "/products/mat-ong", title: "Mật ong – OCOP 4 sao", description: "Mật ong rừng.", siteName: "OCOP Market" }

  it("gives the page its canonical URL in its own language, with hreflang for both", () => {
    const metadata = buildPageMetadata({ ...page, locale: "en" })
    expect(metadata.title).toBe(page.title)
    expect(metadata.description).toBe(page.description)
    expect(metadata.alternates?.canonical).toBe("https://ocop.example.vn/en/products/mat-ong")
    expect(metadata.alternates?.languages).toEqual(languageAlternates(ORIGIN, page.path))
  })

  it("describes the page to link previews in its locale, with the picture when there is one", () => {
    expect(buildPageMetadata({ ...page, locale: "vi", image: "https://cdn.example.vn/mat-ong.jpg" }).openGraph).toEqual({
      type: "website",
      siteName: "OCOP Market",
      title: page.title,
      description: page.description,
      url: "https://ocop.example.vn/vi/products/mat-ong",
      locale: "vi_VN",
      alternateLocale: ["en_US"],
      images: [{ url: "https://cdn.example.vn/mat-ong.jpg", alt: page.title }],
    })
    const english = buildPageMetadata({ ...page, locale: "en", image: null }).openGraph
    expect(english).toMatchObject({ locale: "en_US", alternateLocale: ["vi_VN"] })
    expect(english).not.toHaveProperty("images")
  })
})
