import { isIsoDate } from "./certification-validity"
import { isCertifiedStarLevel, type CertifiedStarLevel } from "./star-level"

const LEVELS = [
  { code: "district", vi: "Cấp huyện", en: "District level" },
  { code: "province", vi: "Cấp tỉnh", en: "Province level" },
  { code: "central", vi: "Cấp trung ương", en: "Central level" },
] as const

/** The level of government that signs an OCOP certification decision. */
export type AwardingLevel = (typeof LEVELS)[number]["code"]

/** An awarding level with its Vietnamese and English names. */
export type AwardingLevelEntry = {
  readonly code: AwardingLevel
  readonly vi: string
  readonly en: string
}

/** The three levels that have awarded OCOP certifications, lowest first. */
export const AWARDING_LEVELS: readonly AwardingLevelEntry[] = LEVELS

/** From this decision date on (inclusive) the province, no longer the district, certifies 3★. */
export const AWARDING_REFORM_DATE = "2025-07-06"

/** Whether a value is an awarding level code. */
export function isAwardingLevel(value: unknown): value is AwardingLevel {
  return AWARDING_LEVELS.some((level) => level.code === value)
}

/**
 * Which level certifies a star level on a decision date: before 2025-07-06 the district 3★, the
 * province 4★, the centre 5★; from 2025-07-06 (inclusive) the province 3★ and 4★, the centre 5★.
 */
export function expectedAwardingLevel(
  starLevel: CertifiedStarLevel,
  decisionDate: string,
): AwardingLevel {
  if (!isCertifiedStarLevel(starLevel)) {
    throw new RangeError(`Only 3, 4 and 5 stars are awarded, got ${String(starLevel)}`)
  }
  if (!isIsoDate(decisionDate)) {
    throw new RangeError(
      `The decision date must be a real date written YYYY-MM-DD, got "${decisionDate}"`,
    )
  }
  if (starLevel === 5) return "central"
  // ISO dates compare correctly as strings.
  if (decisionDate >= AWARDING_REFORM_DATE) return "province"
  return starLevel === 4 ? "province" : "district"
}
