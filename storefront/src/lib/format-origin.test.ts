// @vitest-environment node
import { describe, expect, it } from "vitest"
import { formatOrigin } from "./format-origin"

describe("formatOrigin", () => {
  it("lists places most local first, each once, leaving gaps out", () => {
    expect(formatOrigin(["Đông Trạch", "Bố Trạch", "Quảng Trị"])).toBe("Đông Trạch, Bố Trạch, Quảng Trị")
    expect(formatOrigin(["Ba Đồn", "Ba Đồn", null, " Quảng Trị "])).toBe("Ba Đồn, Quảng Trị")
    expect(formatOrigin([undefined, ""])).toBe("")
  })
})
