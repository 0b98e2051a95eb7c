import { certificationExpiry, certificationStatus, showsStarBadge } from "@ocop/domain"
import type { CertificationView } from "@ocop/types"

/** The columns of ocop_certification a view needs. */
export type CertificationRecord = {
  id: string
  star_level: number | null
  stars_min: number | null
  group_code: string
  score: number | null
  decision_number: string | null
  decision_date: string | null
  decision_date_approximate: boolean
  awarding_level: string | null
  state: string
  revocation_reason?: string | null
  revoked_at?: Date | string | null
  note: string | null
  source_url: string | null
}

const FIELDS = [
  "id",
  "star_level",
  "stars_min",
  "group_code",
  "score",
  "decision_number",
  "decision_date",
  "decision_date_approximate",
  "awarding_level",
  "state",
  "revocation_reason",
  "revoked_at",
  "note",
  "source_url",
]

/** `query.graph` fields for a certification under `prefix` (e.g. "ocop_product.certifications"). */
export function certificationFields(prefix: string): string[] {
  return FIELDS.map((field) => `${prefix}.${field}`)
}

/**
 * How a certification reads today: expiry 36 months after the decision, its status, and whether
 * it shows a star badge (a certified level in force; never an expired, revoked or unpublished one).
 */
export function toCertificationView(record: CertificationRecord, today: string): CertificationView {
  const date = record.decision_date
  const revoked = record.state === "revoked"
  return {
    id: record.id,
    starLevel: record.star_level,
    starsMin: record.stars_min,
    groupCode: record.group_code,
    score: record.score,
    decisionNumber: record.decision_number,
    decisionDate: date,
    decisionDateApproximate: record.decision_date_approximate,
    awardingLevel: (record.awarding_level as CertificationView["awardingLevel"]) ?? null,
    expiresOn: date ? certificationExpiry(date) : null,
    status: revoked ? "revoked" : date ? certificationStatus(date, today) : "unknown",
    showsBadge: record.state === "current" && date !== null && showsStarBadge({ starLevel: record.star_level, decisionDate: date }, today),
    state: record.state as CertificationView["state"],
    revocationReason: record.revocation_reason ?? null,
    revokedAt: record.revoked_at ? new Date(record.revoked_at).toISOString() : null,
    note: record.note,
    sourceUrl: record.source_url,
  }
}

/** The certification in force among a product's history, or null. */
export function currentCertification<T extends { state: string }>(history: Array<T | null> | null | undefined): T | null {
  return history?.find((certification): certification is T => certification?.state === "current") ?? null
}
