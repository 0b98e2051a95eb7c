import type { CertificationView } from "@ocop/types"
import { blankToNull } from "../../lib/blank-to-null"
import type { CertifyProductBody } from "../../lib/queries/product-ocop"
import {
  certificationExpiry,
  expectedAwardingLevel,
  isCertifiedStarLevel,
  isIsoDate,
} from "../../lib/ocop-domain"

/** What the certify form holds: every field as typed, strings only. */
export type CertifyFormValues = {
  starLevel: string
  groupCode: string
  score: string
  decisionNumber: string
  decisionDate: string
  awardingLevel: string
  note: string
  sourceUrl: string
}

/** The awarding level the rules expect for the star level and date, or "" when none applies. */
function expectedAwarding(starLevel: string, decisionDate: string): string {
  const stars = Number(starLevel)
  return isCertifiedStarLevel(stars) && isIsoDate(decisionDate) ? expectedAwardingLevel(stars, decisionDate) : ""
}

/** A fresh form: a renewal keeps the star level and group; the decision is dated today. */
export function initialCertifyForm(current: CertificationView | null, today: string): CertifyFormValues {
  const starLevel = current?.starLevel ? String(current.starLevel) : ""
  return {
    starLevel,
    groupCode: current?.groupCode ?? "",
    score: "",
    decisionNumber: "",
    decisionDate: today,
    awardingLevel: expectedAwarding(starLevel, today),
    note: "",
    sourceUrl: "",
  }
}

/** Applies a change; a new star level or date re-fills the awarding level the rules expect. */
export function changeCertifyForm(values: CertifyFormValues, change: Partial<CertifyFormValues>): CertifyFormValues {
  const next = { ...values, ...change }
  if (change.starLevel !== undefined || change.decisionDate !== undefined) {
    next.awardingLevel = expectedAwarding(next.starLevel, next.decisionDate)
  }
  return next
}

/** The expiry the server will derive (decision date + 36 months), or null without a real date. */
export function derivedExpiry(values: CertifyFormValues): string | null {
  return isIsoDate(values.decisionDate) ? certificationExpiry(values.decisionDate) : null
}


/** The request body; a score may be written with a decimal comma ("93,44"). */
export function toCertifyBody(values: CertifyFormValues): CertifyProductBody {
  const score = blankToNull(values.score)
  return {
    star_level: Number(values.starLevel),
    group_code: values.groupCode,
    score: score === null ? null : Number(score.replace(",", ".")),
    decision_number: values.decisionNumber.trim(),
    decision_date: values.decisionDate,
    awarding_level: blankToNull(values.awardingLevel),
    note: blankToNull(values.note),
    source_url: blankToNull(values.sourceUrl),
  }
}
