import { describe, expect, it } from "vitest"
import { toProductSearchDocument, type ProductSearchRecord } from "./document"

const certification = {
  id: "cert_1",
  star_level: 4,
  stars_min: null,
  group_code: "food",
  score: 82,
  decision_number: "1/QĐ-UBND",
  decision_date: "2025-03-10",
  decision_date_approximate: false,
  awarding_level: "provincial",
  state: "current",
  note: null,
  source_url: null,
}

const record: ProductSearchRecord = {
  id: "prod_1",
  handle: "nuoc-mam-bao-ninh",
  title: "Nước mắm Bảo Ninh",
  description: "Nước mắm cá cơm truyền thống.",
  thumbnail: null,
  status: "published",
  created_at: "2026-01-02T03:04:05.000Z",
  metadata: { title_en: "Bảo Ninh fish sauce", description_en: "Traditional anchovy fish sauce." },
  sales_channels: [{ id: "sc_1" }, null],
  variants: [
    { id: "v1", prices: [{ amount: 120000, currency_code: "vnd" }, { amount: 5, currency_code: "usd" }] },
    { id: "v2", prices: [{ amount: "95000", currency_code: "VND" }] },
  ],
  ocop_product: {
    origin_commune: null,
    origin_legacy_district: null,
    origin_legacy_commune: null,
    origin_area_code: null,
    origin_inferred: false,
    fictional: false,
    certifications: [certification],
  },
  producer: { id: "pro_1", handle: "bao-ninh", name: "Công ty Đồng Hới", type: "enterprise", province: "Quảng Trị", commune: "Đồng Hới", legacy_district: "Đồng Hới", legacy_commune: null, area_code: "dong-hoi" },
}

const stock = [
  { showroomId: "sr_2", showroomHandle: "ocop-dong-hoi", showroomName: "Đồng Hới", quantity: 4 },
  { showroomId: "sr_1", showroomHandle: "ocop-bo-trach", showroomName: "Bố Trạch", quantity: 0 },
]

describe("toProductSearchDocument", () => {
  it("carries stars in force, the producer's place, the lowest đồng price and the showrooms holding stock", () => {
    const document = toProductSearchDocument(record, stock, "2026-11-29")
    expect(document).toMatchObject({
      id: "prod_1",
      title: "Nước mắm Bảo Ninh",
      title_en: "Bảo Ninh fish sauce",
      star_level: 4,
      certification_status: "valid",
      star_valid_until: 20280310,
      group_code: "food",
      producer_type: "enterprise",
      area_code: "dong-hoi",
      origin_legacy_district: "Đồng Hới",
      price: 95000,
      showrooms: ["ocop-dong-hoi"],
      in_stock: true,
      sales_channel_ids: ["sc_1"],
      sort_title: "nuoc mam bao ninh",
      created_at: "2026-01-02T03:04:05.000Z",
    })
  })

  it("keeps an accent-folded copy of the Vietnamese text, đ included, for typo matching", () => {
    expect(toProductSearchDocument(record, [], "2026-11-29").folded_text).toBe("nuoc mam bao ninh nuoc mam ca com truyen thong. cong ty dong hoi dong hoi dong hoi quang tri")
  })

  it("drops the stars once the certification expired, and says so", () => {
    const document = toProductSearchDocument(record, [], "2028-03-11")
    expect(document.star_level).toBeUndefined()
    expect(document.star_valid_until).toBeUndefined()
    expect(document.certification_status).toBe("expired")
    expect(document.in_stock).toBe(false)
  })

  it("tells a revoked certification from none at all", () => {
    const revoked = { ...record, ocop_product: { ...record.ocop_product!, certifications: [{ ...certification, state: "revoked" }] } }
    expect(toProductSearchDocument(revoked, [], "2026-11-29")).toMatchObject({ certification_status: "revoked" })
    expect(toProductSearchDocument(revoked, [], "2026-11-29").star_level).toBeUndefined()
    const bare = { ...record, ocop_product: null }
    expect(toProductSearchDocument(bare, [], "2026-11-29")).toMatchObject({ certification_status: "none" })
  })

  it("leaves out what is unknown rather than indexing empty values", () => {
    const document = toProductSearchDocument({ ...record, variants: [], metadata: null, producer: null }, [], "2026-11-29")
    expect(Object.keys(document)).not.toEqual(expect.arrayContaining(["price", "title_en", "producer_name", "thumbnail"]))
  })
})
