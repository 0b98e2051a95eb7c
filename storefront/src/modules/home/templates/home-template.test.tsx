import type { CertificationView, OcopProductCard, ProducerSummary, ShowroomSummary } from "@ocop/types"
import { screen, within } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { HomeTemplate } from "./home-template"

// Next's router is not mounted in a unit test.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: () => undefined }),
}))

const certified = (stars: number): CertificationView => ({
  id: `ocert_${stars}`,
  starLevel: stars,
  starsMin: null,
  groupCode: "food",
  score: null,
  decisionNumber: null,
  decisionDate: "2025-01-10",
  decisionDateApproximate: false,
  awardingLevel: "province",
  expiresOn: "2028-01-10",
  status: "valid",
  showsBadge: true,
  state: "current",
  revocationReason: null,
  revokedAt: null,
  note: null,
  sourceUrl: null,
})

const card = (id: string, stars: number, price: number | null = 125000): OcopProductCard => ({
  id,
  handle: id,
  title: `Sản phẩm ${id}`,
  thumbnail: null,
  price,
  currencyCode: price === null ? null : "vnd",
  certification: certified(stars),
  producer: null,
  origin: { province: "Quảng Trị", commune: null, legacyDistrict: "Bố Trạch", legacyCommune: null, areaCode: "bo-trach", inferred: false },
  fictional: false,
})

const SHOWROOM: ShowroomSummary = {
  id: "shwr_1",
  handle: "ocop-bo-trach",
  name: "Điểm bán OCOP Bố Trạch",
  level: "district",
  areaCode: "bo-trach",
  province: "Quảng Trị",
  commune: "Hoàn Lão",
  street: "Quốc lộ 1A",
  legacyDistrict: "Bố Trạch",
  phone: "02320000004",
  openingHours: [],
  openingHoursText: null,
  latitude: null,
  longitude: null,
  demo: true,
}

const PRODUCER = { id: "prod_1", handle: "htx-tuan-linh", name: "HTX Tuấn Linh", type: "cooperative", province: "Quảng Trị", commune: "Đông Trạch", legacyDistrict: "Bố Trạch" } as const
const producer: ProducerSummary = { ...PRODUCER, legacyCommune: null, areaCode: "bo-trach", phone: null, email: null, storyVi: null, storyEn: null, logoUrl: null, verified: true, fictional: false }

const UNAVAILABLE = { ok: false, reason: "unavailable" } as const

describe("HomeTemplate", () => {
  it("features the 5★ and 4★ products with their badges and prices in đồng", () => {
    renderWithIntl(
      <HomeTemplate fiveStars={{ ok: true, data: [card("a", 5), card("b", 5, null)] }} fourStars={{ ok: true, data: [card("c", 4)] }} showrooms={{ ok: true, data: [] }} producers={{ ok: true, data: [] }} />,
    )
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Đặc sản OCOP Quảng Bình")
    const five = screen.getByRole("region", { name: "Sản phẩm OCOP 5 sao" })
    expect(within(five).getAllByTestId("product-price").map((price) => price.textContent)).toEqual(["125.000 ₫", "Liên hệ"])
    expect(within(five).getAllByTestId("star-badge")).toHaveLength(2)
    expect(within(screen.getByRole("region", { name: "Sản phẩm OCOP 4 sao" })).getAllByTestId("product-card")).toHaveLength(1)
  })

  it("links every product group, the showrooms and a few producers to their pages", () => {
    renderWithIntl(
      <HomeTemplate fiveStars={{ ok: true, data: [] }} fourStars={{ ok: true, data: [card("c", 4)] }} showrooms={{ ok: true, data: [SHOWROOM] }} producers={{ ok: true, data: [producer] }} />,
      "en",
    )
    expect(screen.getAllByTestId("group-link").map((link) => link.getAttribute("href"))).toEqual(
      ["food", "beverages", "herbal", "handicrafts", "ornamental", "tourism"].map((code) => `/en/groups/${code}`),
    )
    expect(screen.getByTestId("showroom-link").getAttribute("href")).toBe("/en/showrooms/ocop-bo-trach")
    expect(screen.getByTestId("producer-card").getAttribute("href")).toBe("/en/producers/htx-tuan-linh")
    expect(screen.queryByRole("region", { name: "5-star OCOP products" })).toBeNull()
  })

  it("shows the unavailable notice instead of products when the backend failed", () => {
    renderWithIntl(<HomeTemplate fiveStars={UNAVAILABLE} fourStars={UNAVAILABLE} showrooms={UNAVAILABLE} producers={UNAVAILABLE} />, "en")
    expect(screen.getByTestId("unavailable-notice").textContent).toContain("The shop can't be reached right now")
    expect(screen.queryByTestId("product-grid")).toBeNull()
    expect(screen.queryByTestId("home-showrooms")).toBeNull()
  })

  it("says so when the shop has no certified products yet", () => {
    renderWithIntl(<HomeTemplate fiveStars={{ ok: true, data: [] }} fourStars={{ ok: true, data: [] }} showrooms={{ ok: true, data: [] }} producers={{ ok: true, data: [] }} />)
    expect(screen.getByText("Chưa có sản phẩm nào được bày bán. Mời bạn quay lại sau.")).toBeTruthy()
    expect(screen.queryByTestId("product-grid")).toBeNull()
  })
})
