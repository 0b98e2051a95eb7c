import {
  AWARDING_LEVELS,
  expectedAwardingLevel,
  isAwardingLevel,
  type AwardingLevel,
} from "./awarding-level"
import { isIsoDate } from "./certification-validity"
import { isProductGroupCode, PRODUCT_GROUPS } from "./product-groups"
import { isCertifiedStarLevel, isStarLevel, scoreProblem, scoreRangeProblem } from "./star-level"

/** An OCOP certification or evaluation result as a person enters it, before it is checked. */
export type CertificationInput = {
  starLevel: number
  groupCode: string
  score?: number | null
  decisionNumber: string
  decisionDate: string
  awardingLevel?: AwardingLevel | null
}

/**
 * Everything wrong with a certification, one plain sentence each; an empty array means it is
 * valid on `today` (`YYYY-MM-DD`, e.g. from todayInVietnam). 1–2★ evaluation results are
 * accepted but must leave `awardingLevel` empty, since nobody awards them.
 */
export function certificationProblems(input: CertificationInput, today: string): string[] {
  if (!isIsoDate(today)) {
    throw new RangeError(`Today must be a real date written YYYY-MM-DD, got "${today}"`)
  }
  const problems: string[] = []
  const { starLevel, groupCode, score, decisionNumber, decisionDate, awardingLevel } = input

  if (!isStarLevel(starLevel)) {
    problems.push(`The star level must be a whole number from 1 to 5; got ${String(starLevel)}.`)
  }
  if (!isProductGroupCode(groupCode)) {
    const codes = PRODUCT_GROUPS.map((group) => group.code).join(", ")
    problems.push(`"${groupCode}" is not an OCOP product group; use one of ${codes}.`)
  }
  if (score !== undefined && score !== null) {
    const problem = isStarLevel(starLevel)
      ? scoreProblem(starLevel, score)
      : scoreRangeProblem(score)
    if (problem) problems.push(problem)
  }
  if (typeof decisionNumber !== "string" || decisionNumber.trim() === "") {
    problems.push("The decision number is empty; copy it from the certification decision.")
  }

  const dateIsReal = isIsoDate(decisionDate)
  if (!dateIsReal) {
    problems.push(`The decision date "${decisionDate}" is not a real date written YYYY-MM-DD.`)
  } else if (decisionDate > today) {
    problems.push(
      `The decision date ${decisionDate} is in the future; ` +
        "record a certification once its decision is signed.",
    )
  }

  if (awardingLevel !== undefined && awardingLevel !== null) {
    const problem = awardingLevelProblem(starLevel, decisionDate, dateIsReal, awardingLevel)
    if (problem) problems.push(problem)
  }
  return problems
}

function awardingLevelProblem(
  starLevel: number,
  decisionDate: string,
  dateIsReal: boolean,
  awardingLevel: AwardingLevel,
): string | null {
  if (!isAwardingLevel(awardingLevel)) {
    const codes = AWARDING_LEVELS.map((level) => level.code).join(", ")
    return `"${String(awardingLevel)}" is not an awarding level; use one of ${codes}.`
  }
  if (isStarLevel(starLevel) && !isCertifiedStarLevel(starLevel)) {
    return (
      `A ${starLevel}-star result is an evaluation, not a certification, ` +
      "so it has no awarding level; leave it empty."
    )
  }
  // Without a real star level and date there is no rule to check against; those are reported above.
  if (!isCertifiedStarLevel(starLevel) || !dateIsReal) return null
  const expected = expectedAwardingLevel(starLevel, decisionDate)
  if (expected === awardingLevel) return null
  return (
    `On ${decisionDate} a ${starLevel}-star product is certified at ${expected} level, ` +
    `not ${awardingLevel} level.`
  )
}
