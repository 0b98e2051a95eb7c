import { describe, expect, it } from "vitest"
import { applyChange, changeProblems, contentOfProduct, submissionProblems, type ProducerProductContent } from "./product-content"

const content: ProducerProductContent = {
  title: "Mật ong Hóa Sơn",
  title_en: null,
  description: null,
  description_en: null,
  images: ["http://files/a.jpg"],
  variants: [{ id: "variant_1", title: "Chai 500 ml", price: 250000, weight: 700 }],
}

describe("contentOfProduct", () => {
  it("reads the English title from metadata, images by rank, the VND price and packs in creation order", () => {
    const read = contentOfProduct({
      title: "Đũa gỗ",
      description: "",
      metadata: { title_en: "Wooden chopsticks" },
      images: [{ url: "b", rank: 1 }, { url: "a", rank: 0 }],
      variants: [
        { id: "v2", title: "Hộp 20 đôi", weight: null, created_at: "2026-01-02", prices: [{ amount: 280000, currency_code: "vnd" }] },
        { id: "v1", title: "Hộp 10 đôi", weight: 300, created_at: "2026-01-01", prices: [{ amount: "150000", currency_code: "vnd" }] },
      ],
    })
    expect(read).toEqual({
      title: "Đũa gỗ",
      title_en: "Wooden chopsticks",
      description: null,
      description_en: null,
      images: ["a", "b"],
      variants: [
        { id: "v1", title: "Hộp 10 đôi", price: 150000, weight: 300 },
        { id: "v2", title: "Hộp 20 đôi", price: 280000, weight: null },
      ],
    })
  })
})

describe("applyChange", () => {
  it("replaces the fields given and keeps the others", () => {
    expect(applyChange(content, { title_en: "Hoa Son honey", images: [] })).toEqual({ ...content, title_en: "Hoa Son honey", images: [] })
  })
})

describe("submissionProblems", () => {
  it("accepts a titled product with a picture and a priced pack", () => {
    expect(submissionProblems(content)).toEqual([])
  })

  it("names every missing piece", () => {
    expect(submissionProblems({ ...content, title: " ", images: [], variants: [] })).toHaveLength(3)
  })
})

describe("changeProblems", () => {
  const known = { variantIds: ["variant_1"], imageUrls: ["http://files/a.jpg"] }

  it("refuses two packs with one name, a foreign pack id and a picture not uploaded for the product", () => {
    const problems = changeProblems(
      {
        images: ["http://elsewhere/x.jpg"],
        variants: [
          { title: "Chai 500 ml", price: 1000, weight: null },
          { id: "variant_other", title: "chai 500 ML", price: 1000, weight: null },
        ],
      },
      known
    )
    expect(problems).toEqual([
      "Each pack needs its own name: two packs have the same one.",
      "The pack variant_other is not one of this product's.",
      "The picture http://elsewhere/x.jpg was not uploaded for this product: upload it first.",
    ])
  })

  it("accepts the product's own packs and pictures", () => {
    expect(changeProblems({ images: ["http://files/a.jpg"], variants: [{ id: "variant_1", title: "Chai", price: 1, weight: 1 }] }, known)).toEqual([])
  })
})
