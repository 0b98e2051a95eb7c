// @vitest-environment node
import type { CertificationView, OcopProductDetail } from "@ocop/types"
import { describe, expect, it } from "vitest"
import { buildProductJsonLd, serializeJsonLd, shownStarLevel } from "./product-json-ld"

const URL_VI = "https://ocop.example.vn/vi/products/nuoc-mam-canh-duong"
const starLabel = (stars: number) => `${stars} sao`

const CERTIFIED: CertificationView = {
  id: "ocop_1",
  starLevel: 4,
  starsMin: null,
  groupCode: "food",
  score: 82,
  decisionNumber: "123/QĐ-UBND",
  decisionDate: "2024-05-10",
  decisionDateApproximate: false,
  awardingLevel: "province",
  expiresOn: "2027-05-10",
  status: "valid",
  showsBadge: true,
  state: "current",
  revocationReason: null,
  revokedAt: null,
  note: null,
  sourceUrl: null,
}

const PRODUCT: OcopProductDetail = {
  id: "prod_1",
  handle: "nuoc-mam-canh-duong",
  title: "Nước mắm Cảnh Dương",
  thumbnail: "https://cdn.example.vn/nuoc-mam.jpg",
  price: 125000,
  currencyCode: "vnd",
  certification: CERTIFIED,
  producer: { id: "pro_1", handle: "hop-tac-xa-canh-duong", name: "HTX Cảnh Dương", type: "cooperative" },
  origin: { province: "Quảng Bình", commune: "Cảnh Dương", legacyDistrict: "Quảng Trạch", legacyCommune: null, areaCode: "quang-trach", inferred: false },
  fictional: false,
  description: "Nước mắm cá cơm ủ chượp 12 tháng.",
  subtitle: null,
  metadata: null,
  certificationHistory: [CERTIFIED],
  producerProfile: null,
  images: [{ id: "img_1", url: "https://cdn.example.vn/nuoc-mam.jpg" }],
  variants: [{ id: "variant_1", title: "Chai 500 ml" }],
  sources: [],
  availability: [{ showroomId: "sr_1", showroomHandle: "bo-trach", showroomName: "Showroom Bố Trạch", quantity: 5 }],
}

describe("buildProductJsonLd", () => {
  it("describes a certified product: producer as brand, price in whole đồng, in stock, its star level", () => {
    expect(buildProductJsonLd(PRODUCT, { url: URL_VI, starLabel })).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Nước mắm Cảnh Dương",
      sku: "nuoc-mam-canh-duong",
      url: URL_VI,
      description: "Nước mắm cá cơm ủ chượp 12 tháng.",
      image: ["https://cdn.example.vn/nuoc-mam.jpg"],
      brand: { "@type": "Brand", name: "HTX Cảnh Dương" },
      manufacturer: { "@type": "Organization", name: "HTX Cảnh Dương" },
      offers: { "@type": "Offer", url: URL_VI, price: "125000", priceCurrency: "VND", availability: "https://schema.org/InStock" },
      additionalProperty: [{ "@type": "PropertyValue", name: "OCOP", value: "4 sao" }],
    })
  })

  it("claims no star level when the certification shows no badge", () => {
    const expired = { ...PRODUCT, certification: { ...CERTIFIED, status: "expired" as const, showsBadge: false } }
    expect(buildProductJsonLd(expired, { url: URL_VI, starLabel })).not.toHaveProperty("additionalProperty")
    const unpublished = { ...PRODUCT, certification: { ...CERTIFIED, starLevel: null } }
    expect(buildProductJsonLd(unpublished, { url: URL_VI, starLabel })).not.toHaveProperty("additionalProperty")
    expect(buildProductJsonLd({ ...PRODUCT, certification: null }, { url: URL_VI, starLabel })).not.toHaveProperty("additionalProperty")
  })

  it("lists every picture of the gallery, and the thumbnail for a product without pictures", () => {
    const gallery = [{ id: "img_1", url: "https://cdn.example.vn/truoc.jpg" }, { id: "img_2", url: "https://cdn.example.vn/sau.jpg" }]
    expect(buildProductJsonLd({ ...PRODUCT, images: gallery }, { url: URL_VI, starLabel }).image).toEqual(["https://cdn.example.vn/truoc.jpg", "https://cdn.example.vn/sau.jpg"])
    expect(buildProductJsonLd({ ...PRODUCT, images: [] }, { url: URL_VI, starLabel }).image).toEqual([PRODUCT.thumbnail])
  })

  it("is out of stock when no showroom holds any, and leaves out what the product lacks", () => {
    const bare = { ...PRODUCT, availability: [], images: [], thumbnail: null, producer: null, description: null, subtitle: null }
    const jsonLd = buildProductJsonLd(bare, { url: URL_VI, starLabel })
    expect(jsonLd.offers?.availability).toBe("https://schema.org/OutOfStock")
    expect(jsonLd).not.toHaveProperty("image")
    expect(jsonLd).not.toHaveProperty("brand")
    expect(jsonLd).not.toHaveProperty("description")
    expect(buildProductJsonLd({ ...PRODUCT, price: null }, { url: URL_VI, starLabel })).not.toHaveProperty("offers")
  })
})

describe("shownStarLevel", () => {
  it("is the level only while the badge shows", () => {
    expect(shownStarLevel(PRODUCT)).toBe(4)
    expect(shownStarLevel({ certification: { ...CERTIFIED, showsBadge: false } })).toBeNull()
  })
})

describe("serializeJsonLd", () => {
  it("escapes markup so catalogue text cannot close the script, and still parses to the same value", () => {
    const value = { description: "Ngon </script><script>alert(1)</script> & rẻ" }
    const json = serializeJsonLd(value)
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain("\\u003c/script\\u003e")
    expect(JSON.parse(json)).toEqual(value)
  })
})
