import { describe, expect, it } from "vitest"
import { joinFullName, splitFullName } from "./customer-name"

describe("Vietnamese full names", () => {
  it("keeps the last word as the given name and the rest as family and middle names", () => {
    expect(splitFullName("  Nguyễn   Văn An ")).toEqual({ firstName: "An", lastName: "Nguyễn Văn" })
    expect(splitFullName("Hoa")).toEqual({ firstName: "Hoa", lastName: "" })
    expect(splitFullName("   ")).toEqual({ firstName: "", lastName: "" })
  })

  it("joins them back family name first, skipping what is missing", () => {
    expect(joinFullName("An", "Nguyễn Văn")).toBe("Nguyễn Văn An")
    expect(joinFullName("Hoa", null)).toBe("Hoa")
    expect(joinFullName(null, undefined)).toBe("")
  })
})
