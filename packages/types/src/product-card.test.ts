import { describe, expect, it } from "vitest"
import { toProductCard } from "./product-card"

describe("toProductCard", () => {
  it("takes the cheapest priced variant", () => {
    const card = toProductCard({
      id: "prod_1",
      handle: "nuoc-mam",
      title: "Nước mắm",
      thumbnail: null,
      variants: [
        { calculated_price: { calculated_amount: 180000, currency_code: "vnd" } },
        { calculated_price: { calculated_amount: 95000, currency_code: "vnd" } },
        { calculated_price: null },
      ],
    })
    expect(card).toEqual({
      id: "prod_1",
      handle: "nuoc-mam",
      title: "Nước mắm",
      thumbnail: null,
      price: 95000,
      currencyCode: "vnd",
    })
  })

  it("has no price when no variant is priced in the region", () => {
    const card = toProductCard({ id: "prod_2", handle: null, title: "Tiêu", thumbnail: "/t.svg", variants: [] })
    expect(card.price).toBeNull()
    expect(card.currencyCode).toBeNull()
    expect(card.handle).toBe("prod_2")
  })
})
