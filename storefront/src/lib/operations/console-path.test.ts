import { describe, expect, it } from "vitest"
import { consolePath } from "./console-path"

describe("consolePath", () => {
  it("names the console in the page's language", () => {
    expect(consolePath("vi")).toBe("/van-hanh")
    expect(consolePath("vi", "/orders/order_1")).toBe("/van-hanh/orders/order_1")
    expect(consolePath("en", "/stock")).toBe("/operations/stock")
  })
})
