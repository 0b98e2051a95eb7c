import { describe, expect, it } from "vitest"
import { portalHref, portalRewrites } from "./portal-paths"

describe("portalHref", () => {
  it("writes Vietnamese addresses under /vi/nha-san-xuat and English ones under /en/producer", () => {
    expect(portalHref("vi", "home")).toBe("/vi/nha-san-xuat")
    expect(portalHref("vi", "product", "prod_1")).toBe("/vi/nha-san-xuat/san-pham/prod_1")
    expect(portalHref("en", "new-product")).toBe("/en/producer/products/new")
    expect(portalHref("en", "orders")).toBe("/en/producer/orders")
    expect(portalHref("vi", "profile")).toBe("/vi/nha-san-xuat/ho-so")
    expect(portalHref("en", "documents")).toBe("/en/producer/documents")
  })
})

describe("portalRewrites", () => {
  it("serves each English address from the Vietnamese folder, keeping the English locale", () => {
    expect(portalRewrites()).toContainEqual({ source: "/en/producer/products/:id", destination: "/en/nha-san-xuat/san-pham/:id" })
    expect(portalRewrites()).toContainEqual({ source: "/en/producer", destination: "/en/nha-san-xuat" })
    expect(portalRewrites()).toContainEqual({ source: "/en/producer/profile", destination: "/en/nha-san-xuat/ho-so" })
    expect(portalRewrites()).toContainEqual({ source: "/en/producer/documents", destination: "/en/nha-san-xuat/giay-to" })
    expect(portalRewrites().every((rewrite) => rewrite.destination.startsWith("/en/nha-san-xuat"))).toBe(true)
  })
})
