import { describe, expect, it } from "vitest"
import type { CertificationView } from "@ocop/types"
import { changeCertifyForm, derivedExpiry, initialCertifyForm, toCertifyBody } from "./certify-form-values"

const current = { starLevel: 4, groupCode: "handicrafts" } as CertificationView

describe("certify form", () => {
  it("renews with the current star level and group, dated today, at the expected awarding level", () => {
    const form = initialCertifyForm(current, "2025-08-01")
    expect(form).toMatchObject({ starLevel: "4", groupCode: "handicrafts", decisionDate: "2025-08-01", awardingLevel: "province" })
  })

  it("re-fills the awarding level when the star level or date changes, and clears it for 1–2 stars", () => {
    const form = initialCertifyForm(null, "2025-08-01")
    expect(form.awardingLevel).toBe("")
    expect(changeCertifyForm(form, { starLevel: "3", decisionDate: "2025-07-05" }).awardingLevel).toBe("district")
    expect(changeCertifyForm(form, { starLevel: "5" }).awardingLevel).toBe("central")
    expect(changeCertifyForm(form, { starLevel: "2" }).awardingLevel).toBe("")
    expect(changeCertifyForm({ ...form, awardingLevel: "central" }, { note: "x" }).awardingLevel).toBe("central")
  })

  it("shows the expiry 36 months after a real decision date only", () => {
    const form = initialCertifyForm(null, "2024-02-29")
    expect(derivedExpiry(form)).toBe("2027-02-28")
    expect(derivedExpiry({ ...form, decisionDate: "" })).toBeNull()
  })

  it("sends numbers, a decimal-comma score, and null for blank optional fields", () => {
    const form = changeCertifyForm(initialCertifyForm(current, "2025-08-01"), { score: "93,44", decisionNumber: " 12/QĐ-UBND " })
    expect(toCertifyBody(form)).toEqual({
      star_level: 4,
      group_code: "handicrafts",
      score: 93.44,
      decision_number: "12/QĐ-UBND",
      decision_date: "2025-08-01",
      awarding_level: "province",
      note: null,
      source_url: null,
    })
  })
})
