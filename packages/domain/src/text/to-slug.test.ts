import { describe, expect, it } from "vitest"
import { toSlug } from "./to-slug"

describe("toSlug", () => {
  it("makes a lower-case, dash-separated ASCII slug from Vietnamese", () => {
    expect(toSlug("Nước mắm chay Tuấn Linh")).toBe("nuoc-mam-chay-tuan-linh")
    expect(toSlug("Đũa gỗ Đồng Hới")).toBe("dua-go-dong-hoi")
  })

  it("drops punctuation and never leaves dashes at the ends", () => {
    expect(toSlug("  Tiêu (Cùa) – 100g! ")).toBe("tieu-cua-100g")
  })

  it("refuses text with nothing to keep", () => {
    expect(() => toSlug("★ ★")).toThrow(/no letters or digits/)
  })
})
