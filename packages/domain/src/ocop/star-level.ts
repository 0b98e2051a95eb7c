/** An OCOP rating: 1 to 5 stars. 1–2 stars are evaluation results, never a certification. */
export type StarLevel = 1 | 2 | 3 | 4 | 5

/** A star level the programme certifies: 3, 4 or 5 stars. */
export type CertifiedStarLevel = 3 | 4 | 5

/** The scores a star level covers: `min` inclusive, `max` exclusive (inclusive for 5★). */
export type ScoreBand = { readonly min: number; readonly max: number }

/** Whether a value is a star level: an integer from 1 to 5 (not `"3"`, not 3.5). */
export function isStarLevel(value: unknown): value is StarLevel {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5
}

/** Whether a value is a certified star level: 3, 4 or 5. */
export function isCertifiedStarLevel(value: unknown): value is CertifiedStarLevel {
  return isStarLevel(value) && value >= 3
}

/**
 * Score bands of the OCOP evaluation (out of 100). Each band runs from `min` inclusive to `max`
 * exclusive, except 5★ whose `max` of 100 is inclusive: 69.99 is 3★, 70 is 4★, 100 is 5★.
 */
export const SCORE_BANDS: Readonly<Record<StarLevel, ScoreBand>> = {
  1: { min: 0, max: 30 },
  2: { min: 30, max: 50 },
  3: { min: 50, max: 70 },
  4: { min: 70, max: 90 },
  5: { min: 90, max: 100 },
}

const STAR_LEVELS: readonly StarLevel[] = [1, 2, 3, 4, 5]

/** Whether a value is a possible OCOP score: a finite number from 0 to 100, decimals allowed. */
export function isOcopScore(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100
}

/** The star level a score earns (92.33 → 5), or `null` for a score outside 0–100. */
export function starLevelForScore(score: number): StarLevel | null {
  if (!isOcopScore(score)) return null
  return STAR_LEVELS.find((level) => isInBand(level, score)) ?? null
}

/** A sentence saying why a score is not one at all (outside 0–100), or `null` when it is. */
export function scoreRangeProblem(score: number): string | null {
  return isOcopScore(score) ? null : outOfRange(score)
}

/**
 * A sentence saying why a score does not fit a star level, or `null` when it does:
 * "A 4-star product scores from 70 to under 90; 92.33 belongs to 5 stars."
 */
export function scoreProblem(starLevel: StarLevel, score: number): string | null {
  if (!isStarLevel(starLevel)) {
    throw new RangeError(`A star level is a whole number from 1 to 5, got ${String(starLevel)}`)
  }
  const earned = starLevelForScore(score)
  if (earned === null) return outOfRange(score)
  if (earned === starLevel) return null
  const { min, max } = SCORE_BANDS[starLevel]
  const band = starLevel === 5 ? `from ${min} to ${max}` : `from ${min} to under ${max}`
  return `A ${starLevel}-star product scores ${band}; ${score} belongs to ${stars(earned)}.`
}

function isInBand(level: StarLevel, score: number): boolean {
  const { min, max } = SCORE_BANDS[level]
  return score >= min && (score < max || (level === 5 && score === max))
}

function outOfRange(score: number): string {
  return `An OCOP score runs from 0 to 100; ${score} is outside that range.`
}

function stars(level: StarLevel): string {
  return level === 1 ? "1 star" : `${level} stars`
}
