import { describe, expect, it } from "vitest"
import { certificationProblems, type CertificationInput } from "./validate-certification"

const today = "2026-06-01"
const valid: CertificationInput = {
  starLevel: 4,
  groupCode: "food",
  score: 78.5,
  decisionNumber: "1234/QĐ-UBND",
  decisionDate: "2025-03-20",
  awardingLevel: "province",
}

describe("certificationProblems", () => {
  it("finds nothing wrong with a complete, consistent certification", () => {
    expect(certificationProblems(valid, today)).toEqual([])
  })

  it("lets score and awarding level be left out", () => {
    expect(
      certificationProblems({ ...valid, score: undefined, awardingLevel: undefined }, today),
    ).toEqual([])
    expect(certificationProblems({ ...valid, score: null, awardingLevel: null }, today)).toEqual([])
  })

  it("accepts a decision signed today", () => {
    expect(certificationProblems({ ...valid, decisionDate: today }, today)).toEqual([])
  })

  it("refuses a star level that is not a whole number from 1 to 5", () => {
    expect(
      certificationProblems({ ...valid, starLevel: 6, awardingLevel: null, score: null }, today),
    ).toEqual(["The star level must be a whole number from 1 to 5; got 6."])
    expect(certificationProblems({ ...valid, starLevel: 3.5, score: null }, today)).toHaveLength(1)
  })

  it("names the valid group codes when the group is unknown", () => {
    expect(certificationProblems({ ...valid, groupCode: "Thực phẩm" }, today)).toEqual([
      '"Thực phẩm" is not an OCOP product group; use one of food, beverages, herbal, handicrafts, ornamental, tourism.',
    ])
  })

  it("explains a score outside the star level's band", () => {
    expect(certificationProblems({ ...valid, score: 92.33 }, today)).toEqual([
      "A 4-star product scores from 70 to under 90; 92.33 belongs to 5 stars.",
    ])
    expect(certificationProblems({ ...valid, score: 69.99 }, today)).toHaveLength(1)
    expect(certificationProblems({ ...valid, score: 70 }, today)).toEqual([])
  })

  it("still checks the score's range when the star level is unusable", () => {
    expect(
      certificationProblems({ ...valid, starLevel: 0, awardingLevel: null, score: 130 }, today),
    ).toEqual([
      "The star level must be a whole number from 1 to 5; got 0.",
      "An OCOP score runs from 0 to 100; 130 is outside that range.",
    ])
  })

  it("refuses an empty or blank decision number", () => {
    const problem = "The decision number is empty; copy it from the certification decision."
    expect(certificationProblems({ ...valid, decisionNumber: "" }, today)).toEqual([problem])
    expect(certificationProblems({ ...valid, decisionNumber: "   " }, today)).toEqual([problem])
  })

  it("refuses a decision date that is not a real date, without guessing its awarding level", () => {
    expect(certificationProblems({ ...valid, decisionDate: "2025-02-30" }, today)).toEqual([
      'The decision date "2025-02-30" is not a real date written YYYY-MM-DD.',
    ])
  })

  it("refuses a decision date in the future", () => {
    const problems = certificationProblems({ ...valid, decisionDate: "2027-01-01" }, today)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^The decision date 2027-01-01 is in the future; /)
    expect(certificationProblems({ ...valid, decisionDate: "2026-06-02" }, today)).toHaveLength(1)
  })

  it("says which level certifies the star level on the decision date", () => {
    expect(
      certificationProblems(
        {
          ...valid,
          starLevel: 3,
          score: 60,
          decisionDate: "2025-07-06",
          awardingLevel: "district",
        },
        today,
      ),
    ).toEqual([
      "On 2025-07-06 a 3-star product is certified at province level, not district level.",
    ])
    expect(
      certificationProblems(
        {
          ...valid,
          starLevel: 3,
          score: 60,
          decisionDate: "2025-07-05",
          awardingLevel: "province",
        },
        today,
      ),
    ).toEqual([
      "On 2025-07-05 a 3-star product is certified at district level, not province level.",
    ])
    expect(
      certificationProblems(
        { ...valid, starLevel: 5, score: 95, awardingLevel: "province" },
        today,
      ),
    ).toEqual(["On 2025-03-20 a 5-star product is certified at central level, not province level."])
    expect(
      certificationProblems(
        {
          ...valid,
          starLevel: 3,
          score: 60,
          decisionDate: "2025-07-05",
          awardingLevel: "district",
        },
        today,
      ),
    ).toEqual([])
  })

  it("accepts 1–2★ evaluation results only without an awarding level", () => {
    const evaluation = { ...valid, starLevel: 2, score: 41, awardingLevel: null }
    expect(certificationProblems(evaluation, today)).toEqual([])
    expect(certificationProblems({ ...evaluation, awardingLevel: "district" }, today)).toEqual([
      "A 2-star result is an evaluation, not a certification, so it has no awarding level; leave it empty.",
    ])
  })

  it("refuses an awarding level that is not one, which only untyped callers can send", () => {
    const body: unknown = JSON.parse('{"awardingLevel": "commune"}')
    const awardingLevel = (body as { awardingLevel: CertificationInput["awardingLevel"] })
      .awardingLevel
    expect(certificationProblems({ ...valid, awardingLevel }, today)).toEqual([
      '"commune" is not an awarding level; use one of district, province, central.',
    ])
  })

  it("reports every problem at once, in the order of the form", () => {
    const problems = certificationProblems(
      {
        starLevel: 7,
        groupCode: "",
        score: -5,
        decisionNumber: "",
        decisionDate: "20/5/2025",
        awardingLevel: "central",
      },
      today,
    )
    expect(problems).toHaveLength(5)
    expect(problems[0]).toMatch(/star level/)
    expect(problems[1]).toMatch(/product group/)
    expect(problems[2]).toMatch(/from 0 to 100/)
    expect(problems[3]).toMatch(/decision number/)
    expect(problems[4]).toMatch(/not a real date/)
  })

  it("refuses a today that is not a real date, since every date check depends on it", () => {
    expect(() => certificationProblems(valid, "2026-6-1")).toThrow(RangeError)
  })
})
