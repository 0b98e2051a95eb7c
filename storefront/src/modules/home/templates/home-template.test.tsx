import type { ProductCard } from "@ocop/types"
import { screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { HomeTemplate } from "./home-template"

// Next's router is not mounted in a unit test.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => (
    <a href={href} {...rest} />
  ),
}))
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: () => undefined }),
}))

const card = (id: string, price: number | null): ProductCard => ({
  id,
  handle: id,
  title: `Sản phẩm ${id}`,
  thumbnail: null,
  price,
  currencyCode: price === null ? null : "vnd",
})

describe("HomeTemplate", () => {
  it("shows one card per product under the shop's tagline", () => {
    renderWithIntl(<HomeTemplate products={{ ok: true, data: [card("a", 125000), card("b", null)] }} />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Đặc sản OCOP Quảng Bình")
    expect(screen.getAllByTestId("product-card")).toHaveLength(2)
    expect(screen.getAllByTestId("product-price").map((price) => price.textContent)).toEqual(["125.000 ₫", "Liên hệ"])
    expect(screen.queryByTestId("unavailable-notice")).toBeNull()
  })

  it("shows the unavailable notice instead of the grid when the backend failed", () => {
    renderWithIntl(<HomeTemplate products={{ ok: false, reason: "unavailable" }} />, "en")
    expect(screen.getByTestId("unavailable-notice").textContent).toContain("The shop can't be reached right now")
    expect(screen.queryByTestId("product-grid")).toBeNull()
  })

  it("says so when the shop has no products yet", () => {
    renderWithIntl(<HomeTemplate products={{ ok: true, data: [] }} />)
    expect(screen.getByText("Chưa có sản phẩm nào được bày bán. Mời bạn quay lại sau.")).toBeTruthy()
    expect(screen.queryByTestId("product-grid")).toBeNull()
  })
})
