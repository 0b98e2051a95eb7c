import type { CertificationView, OcopProductDetail } from "@ocop/types"
import { screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { TraceabilityTemplate } from "./traceability-template"

// Next's router is not mounted in a unit test; a plain anchor shows the href it would navigate to.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const CURRENT: CertificationView = {
  id: "ocert_2",
  starLevel: 4,
  starsMin: null,
  groupCode: "food",
  score: 81,
  decisionNumber: "1554/QĐ-UBND",
  decisionDate: "2024-06-20",
  decisionDateApproximate: false,
  awardingLevel: "province",
  expiresOn: "2027-06-20",
  status: "valid",
  showsBadge: true,
  state: "current",
  revocationReason: null,
  revokedAt: null,
  note: null,
  sourceUrl: "https://quangbinh.gov.vn/ocop-2024",
}

const EARLIER: CertificationView = { ...CURRENT, id: "ocert_1", starLevel: 3, decisionNumber: "900/QĐ-UBND", decisionDate: "2021-03-01", expiresOn: "2024-03-01", status: "expired", showsBadge: false, state: "superseded" }

const PRODUCT: OcopProductDetail = {
  id: "prod_1",
  handle: "nuoc-mam-canh-duong",
  title: "Nước mắm Cảnh Dương",
  thumbnail: null,
  price: 125000,
  currencyCode: "vnd",
  certification: CURRENT,
  producer: { id: "pro_1", handle: "htx-canh-duong", name: "HTX Cảnh Dương", type: "cooperative" },
  origin: { province: "Quảng Trị", commune: "Cảnh Dương", legacyDistrict: "Quảng Trạch", legacyCommune: null, areaCode: "quang-trach", inferred: false },
  fictional: false,
  description: null,
  subtitle: null,
  metadata: null,
  images: [],
  variants: [{ id: "variant_1", title: "Chai 500 ml" }],
  sources: ["https://quangbinh.gov.vn/ocop-2024", "https://baoquangbinh.vn/ocop"],
  certificationHistory: [CURRENT, EARLIER],
  producerProfile: null,
  availability: [],
}

describe("TraceabilityTemplate", () => {
  it("gives the certification in force with its decision, and the earlier decisions apart", () => {
    renderWithIntl(<TraceabilityTemplate product={PRODUCT} />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Nước mắm Cảnh Dương")
    expect(screen.getByTestId("star-badge").getAttribute("aria-label")).toBe("Sản phẩm OCOP 4 sao")
    expect(screen.getByTestId("certification-facts").textContent).toContain("Quyết định số 1554/QĐ-UBND")
    expect(screen.getByTestId("certification-history").textContent).toBe("3 sao – 1 tháng 3, 2021 · Quyết định số 900/QĐ-UBND")
  })

  it("lists every source as a link, and where the product is made", () => {
    renderWithIntl(<TraceabilityTemplate product={PRODUCT} />, "en")
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["/en/products/nuoc-mam-canh-duong", ...PRODUCT.sources])
    expect(screen.getByTestId("trace-origin").textContent).toBe("Cảnh Dương, Quảng Trạch, Quảng Trị")
  })

  it("says the level is not published, says an illustrative product is one, and that no source is recorded", () => {
    const unpublished = { ...CURRENT, starLevel: null, showsBadge: false }
    renderWithIntl(<TraceabilityTemplate product={{ ...PRODUCT, fictional: true, certification: unpublished, certificationHistory: [unpublished], sources: [] }} />, "en")
    expect(screen.getByTestId("certification-status").textContent).toBe("OCOP product – star level not published")
    expect(screen.getByText("Illustrative product: not real, shown only to demonstrate the shop.")).toBeTruthy()
    expect(screen.getByText("No public source has been recorded for the certification facts yet.")).toBeTruthy()
    expect(screen.queryByTestId("certification-history")).toBeNull()
  })
})
