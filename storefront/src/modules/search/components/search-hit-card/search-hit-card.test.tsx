import { screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { SearchHitCard, type SearchHitCardData } from "./search-hit-card"

// Next's router is not mounted in a unit test; a plain anchor shows the href it would navigate to.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const HIT: SearchHitCardData = {
  handle: "nuoc-mam-bao-ninh",
  title: "Nước mắm Bảo Ninh",
  title_en: "Bảo Ninh fish sauce",
  price: 120000,
  star_level: 5,
  producer_name: "Công ty Nước mắm Bảo Ninh",
  origin_commune: "Bảo Ninh",
  origin_legacy_district: "Đồng Hới",
  origin_province: "Quảng Trị",
}

describe("SearchHitCard", () => {
  it("shows title, price in đồng, stars, producer and origin, linking to the product", () => {
    renderWithIntl(<SearchHitCard hit={HIT} />)
    const card = screen.getByTestId("search-hit")
    expect(card.getAttribute("href")).toBe("/vi/products/nuoc-mam-bao-ninh")
    expect(screen.getByRole("heading").textContent).toBe("Nước mắm Bảo Ninh")
    expect(screen.getByTestId("product-price").textContent).toBe("120.000 ₫")
    expect(screen.getByRole("img", { name: "Sản phẩm OCOP 5 sao" }).textContent).toContain("★★★★★")
    expect(card.textContent).toContain("Công ty Nước mắm Bảo Ninh")
    expect(card.textContent).toContain("Bảo Ninh, Đồng Hới, Quảng Trị")
  })

  it("shows no star badge for a product without stars in force", () => {
    renderWithIntl(<SearchHitCard hit={{ ...HIT, star_level: undefined }} />)
    expect(screen.queryByTestId("star-badge")).toBeNull()
  })

  it("uses the English title on English pages, and asks to get in touch without a price", () => {
    renderWithIntl(<SearchHitCard hit={{ ...HIT, price: undefined }} />, "en")
    expect(screen.getByRole("heading").textContent).toBe("Bảo Ninh fish sauce")
    expect(screen.getByTestId("product-price").textContent).toBe("Price on request")
    expect(screen.getByTestId("search-hit").getAttribute("href")).toBe("/en/products/nuoc-mam-bao-ninh")
  })
})
