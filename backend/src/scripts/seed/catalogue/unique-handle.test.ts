import { describe, expect, it } from "vitest"
import { uniqueHandle } from "./unique-handle"

describe("uniqueHandle", () => {
  it("slugs the text and numbers repeats so no two handles collide", () => {
    const taken = new Set<string>()
    expect(uniqueHandle("Mật ong Hóa Sơn", taken)).toBe("mat-ong-hoa-son")
    expect(uniqueHandle("Mật ong hóa sơn", taken)).toBe("mat-ong-hoa-son-2")
    expect(uniqueHandle("MẬT ONG HÓA SƠN", taken)).toBe("mat-ong-hoa-son-3")
    expect([...taken]).toHaveLength(3)
  })
})
