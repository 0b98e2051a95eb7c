import { describe, expect, it } from "vitest"
import {
  certificationExpiry,
  certificationStatus,
  EXPIRING_WITHIN_DAYS,
  isIsoDate,
  showsStarBadge,
  todayInVietnam,
  VALIDITY_MONTHS,
} from "./certification-validity"

describe("isIsoDate", () => {
  it("accepts real calendar dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2025-07-06")).toBe(true)
    expect(isIsoDate("2024-02-29")).toBe(true)
    expect(isIsoDate("2000-02-29")).toBe(true)
    expect(isIsoDate("2025-12-31")).toBe(true)
  })

  it("refuses days that do not exist", () => {
    expect(isIsoDate("2025-02-30")).toBe(false)
    expect(isIsoDate("2025-02-29")).toBe(false)
    expect(isIsoDate("1900-02-29")).toBe(false)
    expect(isIsoDate("2025-04-31")).toBe(false)
    expect(isIsoDate("2025-13-01")).toBe(false)
    expect(isIsoDate("2025-00-10")).toBe(false)
    expect(isIsoDate("2025-01-00")).toBe(false)
  })

  it("refuses other spellings, times and padding", () => {
    expect(isIsoDate("2025-7-6")).toBe(false)
    expect(isIsoDate("06/07/2025")).toBe(false)
    expect(isIsoDate("2025-07-06T00:00:00Z")).toBe(false)
    expect(isIsoDate(" 2025-07-06")).toBe(false)
    expect(isIsoDate("2025-07-06\n")).toBe(false)
    expect(isIsoDate("")).toBe(false)
  })
})

describe("certificationExpiry", () => {
  it("adds 36 months to the decision date", () => {
    expect(VALIDITY_MONTHS).toBe(36)
    expect(certificationExpiry("2023-05-15")).toBe("2026-05-15")
    expect(certificationExpiry("2022-12-31")).toBe("2025-12-31")
    expect(certificationExpiry("2025-01-01")).toBe("2028-01-01")
  })

  it("clamps to the last day of a shorter month", () => {
    expect(certificationExpiry("2024-02-29")).toBe("2027-02-28")
    expect(certificationExpiry("2028-02-29")).toBe("2031-02-28")
  })

  it("keeps 29 February when the expiry year is a leap year", () => {
    expect(certificationExpiry("2025-02-28")).toBe("2028-02-28")
    expect(certificationExpiry("2021-02-28")).toBe("2024-02-28")
  })

  it("refuses a decision date that is not a real date", () => {
    expect(() => certificationExpiry("2025-02-30")).toThrow(/real date written YYYY-MM-DD/)
  })
})

describe("certificationStatus", () => {
  // Decided 2023-05-15, so in force up to and including 2026-05-15.
  const decided = "2023-05-15"

  it("is valid with more than 90 days left", () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(90)
    expect(certificationStatus(decided, "2023-05-15")).toBe("valid")
    expect(certificationStatus(decided, "2026-02-13")).toBe("valid") // 91 days before expiry
  })

  it("is expiring from 90 days before the expiry day through the expiry day itself", () => {
    expect(certificationStatus(decided, "2026-02-14")).toBe("expiring") // 90 days before
    expect(certificationStatus(decided, "2026-05-14")).toBe("expiring")
    // The expiry day itself: still in force.
    expect(certificationStatus(decided, "2026-05-15")).toBe("expiring")
  })

  it("is expired from the day after the expiry day", () => {
    expect(certificationStatus(decided, "2026-05-16")).toBe("expired")
    expect(certificationStatus(decided, "2030-01-01")).toBe("expired")
  })

  it("counts days across a leap day correctly", () => {
    // Expiry 2028-03-01; 2027-12-02 is 90 days before it only because 2028 has 29 February.
    expect(certificationStatus("2025-03-01", "2027-12-02")).toBe("expiring")
    expect(certificationStatus("2025-03-01", "2027-12-01")).toBe("valid")
  })

  it("refuses a today that is not a real date", () => {
    expect(() => certificationStatus(decided, "2026-02-30")).toThrow(/today/)
  })
})

describe("showsStarBadge", () => {
  const today = "2026-06-01"

  it("shows a badge for a certified level that has not expired", () => {
    expect(showsStarBadge({ starLevel: 4, decisionDate: "2024-06-01" }, today)).toBe(true)
    // Today is this certification's expiry day.
    expect(showsStarBadge({ starLevel: 3, decisionDate: "2023-06-01" }, today)).toBe(true)
    expect(showsStarBadge({ starLevel: 5, decisionDate: today }, today)).toBe(true)
  })

  it("shows no badge once the certification has expired", () => {
    expect(showsStarBadge({ starLevel: 3, decisionDate: "2023-05-31" }, today)).toBe(false)
    // Decided 37 months before today.
    expect(showsStarBadge({ starLevel: 5, decisionDate: "2023-05-01" }, today)).toBe(false)
  })

  it("never shows a badge for evaluation results or an unpublished level", () => {
    expect(showsStarBadge({ starLevel: 2, decisionDate: "2025-06-01" }, today)).toBe(false)
    expect(showsStarBadge({ starLevel: 1, decisionDate: "2025-06-01" }, today)).toBe(false)
    expect(showsStarBadge({ starLevel: null, decisionDate: "2025-06-01" }, today)).toBe(false)
    expect(showsStarBadge({ starLevel: 3.5, decisionDate: "2025-06-01" }, today)).toBe(false)
  })

  it("shows no badge for a decision date that is not a real date or not reached yet", () => {
    expect(showsStarBadge({ starLevel: 4, decisionDate: "2025-02-30" }, today)).toBe(false)
    expect(showsStarBadge({ starLevel: 4, decisionDate: "2026-06-02" }, today)).toBe(false)
  })
})

describe("todayInVietnam", () => {
  it("is already the next day in Việt Nam from 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2026-11-28T17:30:00Z"))).toBe("2026-11-29")
    expect(todayInVietnam(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29")
    expect(todayInVietnam(new Date("2026-11-28T16:59:59Z"))).toBe("2026-11-28")
  })

  it("turns the year at 17:00 UTC on 31 December", () => {
    expect(todayInVietnam(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01")
  })

  it("returns a date isIsoDate accepts", () => {
    expect(isIsoDate(todayInVietnam(new Date("2024-02-28T20:00:00Z")))).toBe(true)
    expect(todayInVietnam(new Date("2024-02-28T20:00:00Z"))).toBe("2024-02-29")
  })
})
