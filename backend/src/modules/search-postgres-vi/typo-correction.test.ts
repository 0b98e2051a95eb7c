import { describe, expect, it } from "vitest"
import { correctQuery, type Vocabulary } from "./typo-correction"

const vocabulary: Vocabulary = new Map([
  ["nuoc", 40],
  ["mam", 12],
  ["mat", 9],
  ["ong", 9],
  ["dua", 5],
  ["go", 5],
  ["khoai", 3],
  ["deo", 3],
  ["linh", 4],
  ["chi", 4],
  ["truyen", 20],
  ["thong", 20],
  ["quang", 30],
  ["thuy", 10],
])

describe("correctQuery", () => {
  it("fixes a swapped, missing, extra or wrong letter in short Vietnamese syllables", () => {
    expect(correctQuery("nuoc mma", vocabulary)).toBe("nuoc mam")
    expect(correctQuery("nuc mam", vocabulary)).toBe("nuoc mam")
    expect(correctQuery("khoaii deo", vocabulary)).toBe("khoai deo")
    expect(correctQuery("dua ho", vocabulary)).toBe("dua go")
  })

  it("folds marks first, so a typo typed with marks is fixed too", () => {
    expect(correctQuery("nước mma", vocabulary)).toBe("nuoc mam")
  })

  it("prefers the most common of equally close words", () => {
    // "maa" is one edit from both "mam" (12) and "mat" (9)
    expect(correctQuery("maa", vocabulary)).toBe("mam")
  })

  it("allows two typos in long words only", () => {
    expect(correctQuery("truyenn thongg", vocabulary)).toBe("truyen thong")
    expect(correctQuery("truyeen", vocabulary)).toBe("truyen")
    expect(correctQuery("truuyeen", vocabulary)).toBe("truyen")
    expect(correctQuery("xyz", vocabulary)).toBeNull()
  })

  it("leaves a query the index already holds alone", () => {
    expect(correctQuery("Nước mắm", vocabulary)).toBeNull()
  })

  it("keeps a last word that is still being typed", () => {
    expect(correctQuery("nuoc ma", vocabulary, { lastIsPrefix: true })).toBeNull()
    expect(correctQuery("nuoc mma", vocabulary, { lastIsPrefix: true })).toBe("nuoc mam")
  })
})
