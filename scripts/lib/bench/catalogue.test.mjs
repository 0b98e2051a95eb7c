import { describe, expect, it } from "vitest"
import { EXPIRED_SHARE, PRODUCTS_PER_PRODUCER, STAR_WEIGHTS, UNCERTIFIED_SHARE, randomFrom, shiftDate, slugOf, syntheticProduct, syntheticProducer } from "./catalogue.mjs"

const options = { seed: 7, today: "2026-11-29", showroomCount: 9 }
const catalogue = Array.from({ length: 20_000 }, (_, index) => syntheticProduct(index, options))

describe("syntheticProduct", () => {
  it("is the same product for the same index and seed, and another for another seed", () => {
    expect(syntheticProduct(1234, options)).toEqual(syntheticProduct(1234, options))
    expect(syntheticProduct(1234, { ...options, seed: 8 })).not.toEqual(syntheticProduct(1234, options))
  })

  it("gives 3, 4 and 5 stars in the set proportions, and some products none", () => {
    const certified = catalogue.filter((product) => product.starLevel !== null)
    expect(1 - certified.length / catalogue.length).toBeCloseTo(UNCERTIFIED_SHARE, 2)
    for (const [stars, share] of STAR_WEIGHTS) {
      expect(certified.filter((product) => product.starLevel === stars).length / certified.length).toBeCloseTo(share, 1)
    }
    expect(new Set(certified.map((product) => product.starLevel))).toEqual(new Set([3, 4, 5]))
  })

  it("lets some certifications lapse: decided more than 36 months before today", () => {
    const certified = catalogue.filter((product) => product.decisionDate)
    const expired = certified.filter((product) => product.expired)
    expect(expired.length / certified.length).toBeCloseTo(EXPIRED_SHARE, 1)
    for (const product of expired) expect(product.decisionDate < shiftDate("2023-11-29", 0)).toBe(true)
    for (const product of certified.filter((p) => !p.expired)) expect(product.decisionDate > "2023-11-29").toBe(true)
  })

  it("writes Vietnamese titles with their marks, and ASCII handles that are unique", () => {
    expect(catalogue.filter((product) => /[^\u0000-\u007f]/.test(product.title)).length / catalogue.length).toBeGreaterThan(0.9)
    expect(catalogue.some((product) => product.title.startsWith("Nước mắm"))).toBe(true)
    expect(catalogue.some((product) => product.title.startsWith("Đũa gỗ"))).toBe(true)
    expect(catalogue.every((product) => /^[a-z0-9-]+$/.test(product.handle))).toBe(true)
    expect(new Set(catalogue.map((product) => product.handle)).size).toBe(catalogue.length)
  })

  it("prices in whole thousands of đồng and stocks only existing showrooms, each once", () => {
    for (const product of catalogue) {
      expect(product.priceVnd % 1000).toBe(0)
      expect(product.priceVnd).toBeGreaterThan(0)
      const showrooms = product.stock.map((entry) => entry.showroom)
      expect(new Set(showrooms).size).toBe(showrooms.length)
      expect(showrooms.every((showroom) => showroom >= 0 && showroom < 9)).toBe(true)
    }
    expect(catalogue.some((product) => product.stock.length === 0)).toBe(true)
  })

  it("gives every twenty products one producer, of the three main types and more", () => {
    expect(syntheticProduct(PRODUCTS_PER_PRODUCER - 1, options).producerIndex).toBe(0)
    expect(syntheticProduct(PRODUCTS_PER_PRODUCER, options).producerIndex).toBe(1)
    const types = new Set(Array.from({ length: 200 }, (_, index) => syntheticProducer(index, 7).type))
    expect(types).toEqual(new Set(["cooperative", "enterprise", "household_business", "cooperative_group"]))
  })
})

describe("helpers", () => {
  it("slugs fold marks and đ", () => {
    expect(slugOf("Đũa gỗ Quảng Thủy")).toBe("dua-go-quang-thuy")
  })

  it("the random stream is repeatable and within [0, 1)", () => {
    const a = randomFrom(99)
    const b = randomFrom(99)
    const values = Array.from({ length: 1000 }, () => a())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
  })
})
