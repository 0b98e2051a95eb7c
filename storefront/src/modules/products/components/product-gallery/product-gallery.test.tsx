import { fireEvent, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { ProductGallery } from "./product-gallery"

const IMAGES = [
  { id: "img_1", url: "https://cdn.example.vn/truoc.jpg" },
  { id: "img_2", url: "https://cdn.example.vn/sau.jpg" },
  { id: "img_3", url: "https://cdn.example.vn/nhan.jpg" },
]

describe("ProductGallery", () => {
  it("shows the first picture large, described by the product and its place in the set", () => {
    renderWithIntl(<ProductGallery images={IMAGES} title="Nước mắm Cảnh Dương" thumbnail={null} />)
    const main = screen.getByTestId("gallery-image")
    expect(main.getAttribute("src")).toBe(IMAGES[0]!.url)
    expect(main.getAttribute("alt")).toBe("Nước mắm Cảnh Dương – ảnh 1 trên 3")
  })

  it("shows the picture the shopper chooses, and marks its button as the chosen one", () => {
    renderWithIntl(<ProductGallery images={IMAGES} title="Fish sauce" thumbnail={null} />, "en")
    fireEvent.click(screen.getByRole("button", { name: "Show picture 3 of 3" }))
    expect(screen.getByTestId("gallery-image").getAttribute("src")).toBe(IMAGES[2]!.url)
    expect(screen.getByTestId("gallery-image").getAttribute("alt")).toBe("Fish sauce – picture 3 of 3")
    expect(screen.getByRole("button", { name: "Show picture 3 of 3" }).getAttribute("aria-pressed")).toBe("true")
    expect(screen.getByRole("button", { name: "Show picture 1 of 3" }).getAttribute("aria-pressed")).toBe("false")
  })

  it("offers no choice for a single picture", () => {
    renderWithIntl(<ProductGallery images={IMAGES.slice(0, 1)} title="Nước mắm" thumbnail={null} />)
    expect(screen.queryAllByRole("button")).toHaveLength(0)
  })

  it("falls back to the thumbnail, or the placeholder, without pictures", () => {
    renderWithIntl(<ProductGallery images={[]} title="Nước mắm" thumbnail={null} />)
    expect(screen.queryByTestId("product-gallery")).toBeNull()
    expect(screen.getByTestId("product-thumbnail-placeholder")).toBeTruthy()
  })
})
