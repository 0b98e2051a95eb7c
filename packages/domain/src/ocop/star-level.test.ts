import { describe, expect, it } from "vitest"
import {
  isCertifiedStarLevel,
  isOcopScore,
  isStarLevel,
  SCORE_BANDS,
  scoreProblem,
  scoreRangeProblem,
  starLevelForScore,
} from "./star-level"

describe("isStarLevel", () => {
  it("accepts the integers 1 to 5 only", () => {
    expect([1, 2, 3, 4, 5].every(isStarLevel)).toBe(true)
    expect(isStarLevel(0)).toBe(false)
    expect(isStarLevel(6)).toBe(false)
    expect(isStarLevel(3.5)).toBe(false)
    expect(isStarLevel("3")).toBe(false)
    expect(isStarLevel(null)).toBe(false)
    expect(isStarLevel(Number.NaN)).toBe(false)
  })
})

describe("isCertifiedStarLevel", () => {
  it("accepts 3, 4 and 5 and not the evaluation-only 1 and 2", () => {
    expect([3, 4, 5].every(isCertifiedStarLevel)).toBe(true)
    expect(isCertifiedStarLevel(1)).toBe(false)
    expect(isCertifiedStarLevel(2)).toBe(false)
    expect(isCertifiedStarLevel(4.5)).toBe(false)
    expect(isCertifiedStarLevel(null)).toBe(false)
  })
})

describe("SCORE_BANDS", () => {
  it("leaves no gap between one band's max and the next band's min", () => {
    expect(SCORE_BANDS[1]).toEqual({ min: 0, max: 30 })
    expect(SCORE_BANDS[2].min).toBe(SCORE_BANDS[1].max)
    expect(SCORE_BANDS[3].min).toBe(SCORE_BANDS[2].max)
    expect(SCORE_BANDS[4].min).toBe(SCORE_BANDS[3].max)
    expect(SCORE_BANDS[5]).toEqual({ min: 90, max: 100 })
  })
})

describe("starLevelForScore", () => {
  it("puts each band edge in the higher band, and 100 in 5 stars", () => {
    expect(starLevelForScore(0)).toBe(1)
    expect(starLevelForScore(29.99)).toBe(1)
    expect(starLevelForScore(30)).toBe(2)
    expect(starLevelForScore(49.99)).toBe(2)
    expect(starLevelForScore(50)).toBe(3)
    expect(starLevelForScore(69.99)).toBe(3)
    expect(starLevelForScore(70)).toBe(4)
    expect(starLevelForScore(89.99)).toBe(4)
    expect(starLevelForScore(90)).toBe(5)
    expect(starLevelForScore(92.33)).toBe(5)
    expect(starLevelForScore(100)).toBe(5)
  })

  it("has no star level for a score outside 0–100", () => {
    expect(starLevelForScore(-0.5)).toBeNull()
    expect(starLevelForScore(100.01)).toBeNull()
    expect(starLevelForScore(Number.NaN)).toBeNull()
  })
})

describe("isOcopScore and scoreRangeProblem", () => {
  it("accept 0 to 100 with decimals and explain anything else", () => {
    expect(isOcopScore(0)).toBe(true)
    expect(isOcopScore(100)).toBe(true)
    expect(isOcopScore("80")).toBe(false)
    expect(scoreRangeProblem(92.33)).toBeNull()
    expect(scoreRangeProblem(120)).toBe(
      "An OCOP score runs from 0 to 100; 120 is outside that range.",
    )
    expect(scoreRangeProblem(Number.POSITIVE_INFINITY)).toMatch(/from 0 to 100/)
  })
})

describe("scoreProblem", () => {
  it("accepts a score inside the band, at both edges", () => {
    expect(scoreProblem(3, 50)).toBeNull()
    expect(scoreProblem(3, 69.99)).toBeNull()
    expect(scoreProblem(4, 70)).toBeNull()
    expect(scoreProblem(4, 89.99)).toBeNull()
    expect(scoreProblem(5, 90)).toBeNull()
    expect(scoreProblem(5, 100)).toBeNull()
    expect(scoreProblem(1, 0)).toBeNull()
  })

  it("says which band the score belongs to", () => {
    expect(scoreProblem(4, 92.33)).toBe(
      "A 4-star product scores from 70 to under 90; 92.33 belongs to 5 stars.",
    )
    expect(scoreProblem(3, 70)).toBe(
      "A 3-star product scores from 50 to under 70; 70 belongs to 4 stars.",
    )
    expect(scoreProblem(5, 89.99)).toBe(
      "A 5-star product scores from 90 to 100; 89.99 belongs to 4 stars.",
    )
    expect(scoreProblem(2, 12)).toBe(
      "A 2-star product scores from 30 to under 50; 12 belongs to 1 star.",
    )
  })

  it("gives scores outside 0–100 their own sentence", () => {
    expect(scoreProblem(5, 100.5)).toBe(
      "An OCOP score runs from 0 to 100; 100.5 is outside that range.",
    )
    expect(scoreProblem(1, -1)).toBe("An OCOP score runs from 0 to 100; -1 is outside that range.")
  })

  it("refuses a star level that is not one, which only untyped callers can pass", () => {
    const untyped = scoreProblem as (starLevel: number, score: number) => string | null
    expect(() => untyped(6, 95)).toThrow(RangeError)
  })
})
