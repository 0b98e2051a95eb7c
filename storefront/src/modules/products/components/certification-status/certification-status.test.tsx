import type { CertificationView } from "@ocop/types"
import { screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { CertificationStatus } from "./certification-status"

const VALID: CertificationView = {
  id: "ocert_1",
  starLevel: 4,
  starsMin: null,
  groupCode: "food",
  score: 80,
  decisionNumber: "123/QĐ-UBND",
  decisionDate: "2024-05-10",
  decisionDateApproximate: false,
  awardingLevel: "province",
  expiresOn: "2027-05-10",
  status: "valid",
  showsBadge: true,
  state: "current",
  revocationReason: null,
  revokedAt: null,
  note: null,
  sourceUrl: null,
}

describe("CertificationStatus", () => {
  it("shows the star badge of a level in force", () => {
    renderWithIntl(<CertificationStatus certification={VALID} />)
    expect(screen.getByTestId("star-badge").getAttribute("aria-label")).toBe("Sản phẩm OCOP 4 sao")
  })

  it("says the level is not published, with the least a source gives, and shows no badge", () => {
    renderWithIntl(<CertificationStatus certification={{ ...VALID, starLevel: null, starsMin: 3, showsBadge: false }} />)
    expect(screen.getByTestId("certification-status").textContent).toBe("Sản phẩm OCOP – chưa công bố hạng sao (tối thiểu 3 sao)")
    expect(screen.queryByTestId("star-badge")).toBeNull()
  })

  it("says 'star level not published' in English", () => {
    renderWithIntl(<CertificationStatus certification={{ ...VALID, starLevel: null, showsBadge: false }} />, "en")
    expect(screen.getByTestId("certification-status").textContent).toBe("OCOP product – star level not published")
  })

  it("says an expired certification expired instead of showing its stars", () => {
    renderWithIntl(<CertificationStatus certification={{ ...VALID, status: "expired", showsBadge: false }} />)
    expect(screen.getByTestId("certification-status").textContent).toBe("Chứng nhận OCOP 4 sao đã hết hiệu lực")
    expect(screen.queryByTestId("star-badge")).toBeNull()
  })

  it("says a revoked certification was revoked, and a product without one is not certified", () => {
    renderWithIntl(<CertificationStatus certification={{ ...VALID, status: "revoked", state: "revoked", showsBadge: false }} />)
    expect(screen.getByTestId("certification-status").textContent).toBe("Chứng nhận OCOP đã bị thu hồi")
  })

  it("says a product without any decision is not certified", () => {
    renderWithIntl(<CertificationStatus certification={null} />, "en")
    expect(screen.getByTestId("certification-status").textContent).toBe("No OCOP certification yet")
  })
})
