import { describe, expect, it } from "vitest"
import { pathInLocale } from "./path-in-locale"

describe("pathInLocale", () => {
  it("gives the producer portal's and the console's own address in the other language", () => {
    expect(pathInLocale("/nha-san-xuat", "vi", "en")).toBe("/producer")
    expect(pathInLocale("/nha-san-xuat/ho-so", "vi", "en")).toBe("/producer/profile")
    expect(pathInLocale("/nha-san-xuat/san-pham/moi", "vi", "en")).toBe("/producer/products/new")
    expect(pathInLocale("/nha-san-xuat/san-pham/prod_01", "vi", "en")).toBe("/producer/products/prod_01")
    expect(pathInLocale("/producer/documents", "en", "vi")).toBe("/nha-san-xuat/giay-to")
    expect(pathInLocale("/van-hanh/orders/order_01", "vi", "en")).toBe("/operations/orders/order_01")
    expect(pathInLocale("/operations", "en", "vi")).toBe("/van-hanh")
  })

  it("keeps every other path, and a path already in the language asked for", () => {
    expect(pathInLocale("/products/nuoc-mam-chay-tuan-linh", "vi", "en")).toBe("/products/nuoc-mam-chay-tuan-linh")
    expect(pathInLocale("/van-hanh-khac", "vi", "en")).toBe("/van-hanh-khac")
    expect(pathInLocale("/nha-san-xuat/ho-so", "vi", "vi")).toBe("/nha-san-xuat/ho-so")
  })
})
