import { describe, expect, it } from "vitest"
import { loadCatalogue, type SeedCertification, type SeedProduct } from "./catalogue"
import data from "./quang-binh-ocop.json"

const TODAY = "2026-11-29"
const AREA_NAMES = ["Đồng Hới", "Ba Đồn", "Bố Trạch", "Quảng Trạch", "Tuyên Hóa", "Minh Hóa", "Quảng Ninh", "Lệ Thủy"]
const SELLABLE_GROUPS = ["food", "beverages", "herbal", "handicrafts"]
const MOBILE = /^0[35789]\d{8}$/
const SCORE_BANDS: Record<number, { min: number; max: number }> = {
  3: { min: 50, max: 70 },
  4: { min: 70, max: 90 },
  5: { min: 90, max: 100.0001 },
}
const LANDLINE = /^02\d{9}$/

// The JSON read directly, not through the catalogue's own parser, so the two are compared.
type RawProduct = {
  name_vi: string
  name_en: string
  stars: number | null
  stars_min?: number
  producer: string | null
  producer_type: string | null
  district: string | null
  commune: string | null
  commune_2025?: string
  year: number | null
  source_url: string
  extra_sources?: string[]
}
const RAW: RawProduct[] = data.products

const catalogue = loadCatalogue()
const real = catalogue.products.filter((product) => !product.fictional)
const fictional = catalogue.products.filter((product) => product.fictional)

// Decision date plus 36 months, in force up to and including that day.
function inForce(certification: SeedCertification, today = TODAY): boolean {
  const date = certification.decisionDate
  if (date === null) return false
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)].map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const lastDay = new Date(Date.UTC(year + 3, month, 0)).getUTCDate()
  const expiry = `${year + 3}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`
  return date <= today && today <= expiry
}

function productNamed(name: string): SeedProduct {
  const product = real.find((candidate) => candidate.titleVi === name)
  if (!product) throw new Error(`missing ${name}`)
  return product
}

function producerOf(product: SeedProduct) {
  return catalogue.producers.find((producer) => producer.handle === product.producerHandle)
}

describe("real products", () => {
  it("keeps all 36 with their names, places and sources exactly as the JSON", () => {
    expect(real).toHaveLength(36)
    for (const raw of RAW) {
      const product = productNamed(raw.name_vi)
      expect(product.titleEn).toBe(raw.name_en)
      expect(product.origin.legacyDistrict).toBe(raw.district)
      expect(product.origin.legacyCommune).toBe(raw.commune?.replace(" (as written in source)", "") ?? null)
      expect(product.origin.commune).toBe(raw.commune_2025 ?? null)
      expect(product.certification.sourceUrl).toBe(raw.source_url)
      expect(product.certification.extraSources).toEqual(raw.extra_sources ?? [])
    }
  })

  it("keeps the exact star level, and null where the data gives only stars_min", () => {
    for (const raw of RAW) {
      const { certification } = productNamed(raw.name_vi)
      expect(certification.starLevel).toBe(raw.stars)
      expect(certification.starsMin).toBe(raw.stars_min ?? null)
    }
    expect(real.some((product) => product.certification.starLevel === 4)).toBe(false)
    expect(productNamed("Trà rau má Tuấn Linh").certification.starLevel).toBeNull()
  })

  it("names each product's producer as the data does, and no producer where it names none", () => {
    for (const raw of RAW) {
      const product = productNamed(raw.name_vi)
      if (raw.producer === null) {
        expect(product.producerHandle).toBeNull()
      } else {
        expect(producerOf(product)?.name).toBe(raw.producer.replace(" (type not stated)", ""))
      }
    }
  })

  it("dates year-only decisions 31 December, flagged approximate, and leaves unknown years empty", () => {
    for (const raw of RAW) {
      const { certification } = productNamed(raw.name_vi)
      expect(certification.decisionDate).toBe(raw.year === null ? null : `${raw.year}-12-31`)
      expect(certification.decisionDateApproximate).toBe(raw.year !== null)
    }
  })

  it("takes scores only from the sources and awards no level the sources do not establish", () => {
    const scored = real.filter((product) => product.certification.score !== null)
    expect(Object.fromEntries(scored.map((product) => [product.titleVi, product.certification.score]))).toEqual({
      "Nước mắm chay Tuấn Linh": 92.33,
      "Nấm mộc nhĩ Tuấn Linh": 90.33,
      "Đũa gỗ Quảng Thủy": 93.44,
    })
    expect(productNamed("Nước mắm chay Tuấn Linh").certification.awardingLevel).toBeNull()
    expect(productNamed("Cá bờm trắng").certification).toMatchObject({
      decisionNumber: "38/QĐ-UBND",
      awardingLevel: "province",
    })
    expect(productNamed("Khoai deo Như Mận").certification.awardingLevel).toBeNull()
  })

  it("treats the 2019 certifications as expired on 2026-11-29", () => {
    expect(inForce(productNamed("Cá bờm trắng").certification)).toBe(false)
    expect(inForce(productNamed("Cá bờm trắng").certification, "2022-12-30")).toBe(true)
  })
})

describe("producers", () => {
  const realProducers = catalogue.producers.filter((producer) => !producer.fictional)

  it("has one real producer per distinct producer name of the data", () => {
    const names = new Set(RAW.flatMap((raw) => (raw.producer === null ? [] : [raw.producer])))
    expect(realProducers).toHaveLength(names.size)
  })

  it("keeps truncated names as given and drops only the '(type not stated)' remark, with no type", () => {
    const names = realProducers.map((producer) => producer.name)
    expect(names).toContain("HTX SXKD-DV Nôn… (name truncated in source excerpt)")
    const nhuMan = realProducers.find((producer) => producer.name === "Như Mận")
    expect(nhuMan?.type).toBeNull()
    expect(realProducers.find((producer) => producer.name === "Cơ sở sản xuất Trần Thị Nhung")?.type).toBe(
      "household_business"
    )
  })

  it("places real producers where the data places their products, in today's province", () => {
    const tuanLinh = producerOf(productNamed("Nước mắm chay Tuấn Linh"))
    expect(tuanLinh?.address).toEqual({
      province: "Quảng Trị",
      commune: "Đông Trạch",
      legacyProvince: "Quảng Bình",
      legacyDistrict: "Bố Trạch",
      legacyCommune: "Sơn Lộc",
      street: null,
    })
  })

  it("marks the contact data of real producers as demo and cites their products' sources", () => {
    for (const producer of realProducers) {
      expect(producer.demoFields).toEqual(expect.arrayContaining(["phone", "email", "storyVi", "storyEn"]))
      expect(producer.sourceUrls.length).toBeGreaterThan(0)
      expect(producer.sourceUrls.every((url) => RAW.some((raw) => raw.source_url === url))).toBe(true)
    }
  })

  it("gives every producer a Vietnamese phone number and an example.vn address", () => {
    for (const producer of catalogue.producers) {
      expect(producer.phone).toMatch(MOBILE)
      expect(producer.email).toMatch(/^[a-z0-9-]+@example\.vn$/)
    }
  })
})

describe("fictional products", () => {
  it("are 10 to 14, flagged, titled '(minh họa)' and made by fictional producers", () => {
    expect(fictional.length).toBeGreaterThanOrEqual(10)
    expect(fictional.length).toBeLessThanOrEqual(14)
    for (const product of fictional) {
      expect(product.titleVi.endsWith(" (minh họa)")).toBe(true)
      expect(producerOf(product)?.fictional).toBe(true)
    }
    for (const product of real) {
      expect(product.producerHandle === null || producerOf(product)?.fictional === false).toBe(true)
    }
  })

  it("carry no real source and a DEMO decision number", () => {
    for (const product of fictional) {
      expect(product.certification.sourceUrl).toBeNull()
      expect(product.certification.extraSources).toEqual([])
      expect(product.certification.decisionNumber).toMatch(/^DEMO-/)
    }
    for (const producer of catalogue.producers.filter((candidate) => candidate.fictional)) {
      expect(producer.sourceUrls).toEqual([])
      expect(producer.name.endsWith(" (minh họa)")).toBe(true)
    }
  })

  it("score inside their star band and are awarded by the level the rules of their date name", () => {
    for (const { certification } of fictional) {
      const { starLevel, score, decisionDate, awardingLevel } = certification
      const band = SCORE_BANDS[starLevel ?? 0]
      expect(score).toBeGreaterThanOrEqual(band?.min ?? NaN)
      expect(score).toBeLessThan(band?.max ?? NaN)
      const expected =
        starLevel === 5 ? "central" : starLevel === 4 || (decisionDate ?? "") >= "2025-07-06" ? "province" : "district"
      expect(awardingLevel).toBe(expected)
    }
  })
})

describe("coverage", () => {
  it("has a certification in force on 2026-11-29, with an exact date, at every star level 3, 4 and 5", () => {
    for (const level of [3, 4, 5]) {
      const valid = catalogue.products.filter(
        (product) =>
          product.certification.starLevel === level &&
          !product.certification.decisionDateApproximate &&
          inForce(product.certification)
      )
      expect(valid.length, `${level}★`).toBeGreaterThan(0)
    }
  })

  it("sells products in force in each of the four sellable groups", () => {
    for (const group of SELLABLE_GROUPS) {
      const inGroup = catalogue.products.filter((product) => product.certification.groupCode === group)
      expect(inGroup.some((product) => inForce(product.certification)), group).toBe(true)
    }
  })

  it("has the eight areas of the data, each with at least two products", () => {
    expect(catalogue.areas.map((area) => area.name).sort()).toEqual([...AREA_NAMES].sort())
    for (const area of AREA_NAMES) {
      const count = catalogue.products.filter((product) => product.origin.legacyDistrict === area).length
      expect(count, area).toBeGreaterThanOrEqual(2)
    }
  })

  it("gives every product a unique handle, a price in whole VND from 30,000 to 600,000 and a pack", () => {
    const handles = catalogue.products.map((product) => product.handle)
    expect(new Set(handles).size).toBe(handles.length)
    const producerHandles = catalogue.producers.map((producer) => producer.handle)
    expect(new Set(producerHandles).size).toBe(producerHandles.length)
    for (const product of catalogue.products) {
      expect(Number.isInteger(product.priceVnd)).toBe(true)
      expect(product.priceVnd).toBeGreaterThanOrEqual(30_000)
      expect(product.priceVnd).toBeLessThanOrEqual(600_000)
      expect(product.weightGrams).toBeGreaterThan(0)
      expect(product.pack).not.toBe("")
      expect(product.descriptionVi).not.toBe(product.descriptionEn)
    }
  })
})

describe("showrooms and stock", () => {
  const { showrooms } = catalogue
  const handles = new Set(showrooms.map((showroom) => showroom.handle))

  it("has nine showrooms: one provincial in Đồng Hới and one per area", () => {
    expect(showrooms).toHaveLength(9)
    const provincial = showrooms.filter((showroom) => showroom.level === "provincial")
    expect(provincial).toHaveLength(1)
    expect(provincial[0]?.address.legacyDistrict).toBe("Đồng Hới")
    const districtAreas = showrooms.filter((showroom) => showroom.level === "district").map((s) => s.areaCode)
    expect(districtAreas.sort()).toEqual(catalogue.areas.map((area) => area.code).sort())
  })

  it("gives every showroom a landline or mobile number, hours and a place inside Quảng Bình", () => {
    for (const showroom of showrooms) {
      expect(MOBILE.test(showroom.phone) || LANDLINE.test(showroom.phone)).toBe(true)
      expect(showroom.openingHours.length).toBeGreaterThan(0)
      expect(showroom.openingHoursText).toMatch(/^Thứ Hai/)
      expect(showroom.latitude).toBeGreaterThan(16.9)
      expect(showroom.latitude).toBeLessThan(18.2)
      expect(showroom.longitude).toBeGreaterThan(105.5)
      expect(showroom.longitude).toBeLessThan(107.2)
      expect(showroom.address.province).toBe("Quảng Trị")
    }
  })

  it("stocks every product somewhere, only at showrooms that exist, and at its own area's showroom", () => {
    for (const product of catalogue.products) {
      const entries = Object.entries(product.stock)
      expect(entries.some(([, units]) => units > 0), product.titleVi).toBe(true)
      for (const [handle, units] of entries) {
        expect(handles.has(handle), `${product.titleVi} @ ${handle}`).toBe(true)
        expect(Number.isInteger(units) && units >= 0).toBe(true)
      }
      const area = catalogue.areas.find((candidate) => candidate.name === product.origin.legacyDistrict)
      const own = showrooms.find((showroom) => showroom.level === "district" && showroom.areaCode === area?.code)
      if (own) expect(product.stock[own.handle] ?? 0, product.titleVi).toBeGreaterThan(0)
    }
  })

  it("has some products at three or more showrooms and some nearly sold out somewhere", () => {
    const counts = catalogue.products.map((product) => Object.keys(product.stock).length)
    expect(counts.filter((count) => count >= 3).length).toBeGreaterThanOrEqual(5)
    const low = catalogue.products.filter((product) => Object.values(product.stock).some((units) => units <= 2))
    expect(low.length).toBeGreaterThanOrEqual(3)
  })
})
