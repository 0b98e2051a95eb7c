import type { ProductCard as ProductCardData } from "@ocop/types"
import { fireEvent, screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { ProductCard } from "./product-card"

// Next's router is not mounted in a unit test; a plain anchor shows the href it would navigate to.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => (
    <a href={href} {...rest} />
  ),
}))

const nuocMam: ProductCardData = {
  id: "prod_1",
  handle: "nuoc-mam-canh-duong",
  title: "Nước mắm Cảnh Dương",
  thumbnail: "https://cdn.example.vn/nuoc-mam.jpg",
  price: 125000,
  currencyCode: "vnd",
}

describe("ProductCard", () => {
  it("shows the price in đồng on one line", () => {
    renderWithIntl(<ProductCard product={nuocMam} />)
    const price = screen.getByTestId("product-price")
    expect(price.textContent).toBe("125.000 ₫")
    expect(price.className).toContain("whitespace-nowrap")
  })

  it("asks the shopper to get in touch when the product has no price", () => {
    renderWithIntl(<ProductCard product={{ ...nuocMam, price: null, currencyCode: null }} />, "vi")
    expect(screen.getByTestId("product-price").textContent).toBe("Liên hệ")
  })

  it("says 'Price on request' on English pages", () => {
    renderWithIntl(<ProductCard product={{ ...nuocMam, price: null, currencyCode: null }} />, "en")
    expect(screen.getByTestId("product-price").textContent).toBe("Price on request")
  })

  it("shows the thumbnail when there is one", () => {
    const { container } = renderWithIntl(<ProductCard product={nuocMam} />)
    expect(container.querySelector("img")?.getAttribute("src")).toBe(nuocMam.thumbnail)
    expect(screen.queryByTestId("product-thumbnail-placeholder")).toBeNull()
  })

  it("shows a placeholder, never a broken image, when there is no thumbnail", () => {
    const { container } = renderWithIntl(<ProductCard product={{ ...nuocMam, thumbnail: null }} />)
    expect(screen.getByTestId("product-thumbnail-placeholder")).toBeTruthy()
    expect(container.querySelector("img")).toBeNull()
  })

  it("falls back to the placeholder when the thumbnail cannot be loaded", () => {
    const { container } = renderWithIntl(<ProductCard product={nuocMam} />)
    const img = container.querySelector("img")
    if (!img) {
      throw new Error("the card should start with its thumbnail")
    }
    fireEvent.error(img)
    expect(screen.getByTestId("product-thumbnail-placeholder")).toBeTruthy()
    expect(container.querySelector("img")).toBeNull()
  })

  it("links to the product's page in the shopper's language", () => {
    renderWithIntl(<ProductCard product={nuocMam} />, "en")
    const card = screen.getByTestId("product-card")
    expect(card.getAttribute("href")).toBe("/en/products/nuoc-mam-canh-duong")
    expect(card.textContent).toContain("Nước mắm Cảnh Dương")
  })

  it("shows the star badge of a certification in force", () => {
    renderWithIntl(<ProductCard product={nuocMam} stars={5} />)
    expect(screen.getByTestId("star-badge").getAttribute("aria-label")).toBe("Sản phẩm OCOP 5 sao")
  })

  it("shows no badge without a certification in force", () => {
    renderWithIntl(<ProductCard product={nuocMam} stars={null} />)
    expect(screen.queryByTestId("star-badge")).toBeNull()
  })
})
