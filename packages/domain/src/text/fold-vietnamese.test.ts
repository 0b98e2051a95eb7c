import { describe, expect, it } from "vitest"
import { equalsFolded, foldVietnamese } from "./fold-vietnamese"

describe("foldVietnamese", () => {
  it("removes tone and vowel marks", () => {
    expect(foldVietnamese("Nước mắm")).toBe("nuoc mam")
    expect(foldVietnamese("Khoai deo Ngọc Khánh")).toBe("khoai deo ngoc khanh")
  })

  it("turns đ and Đ into d, which Unicode decomposition alone does not", () => {
    expect(foldVietnamese("Đũa gỗ")).toBe("dua go")
    expect(foldVietnamese("đậu đỏ")).toBe("dau do")
  })

  it("folds precomposed and decomposed input alike", () => {
    const decomposed = "Mắm".normalize("NFD")
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese("Mắm"))
  })

  it("collapses and trims white space", () => {
    expect(foldVietnamese("  Tiêu   Cùa \n ")).toBe("tieu cua")
  })
})

describe("equalsFolded", () => {
  it("matches a phrase typed without diacritics", () => {
    expect(equalsFolded("Đũa gỗ", "dua go")).toBe(true)
    expect(equalsFolded("Đường", "dương")).toBe(true)
    expect(equalsFolded("Nước mắm", "nước mận")).toBe(false)
  })
})
