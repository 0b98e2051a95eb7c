import { describe, expect, it } from "vitest"
import { producerPortalPath } from "./producer-portal"

describe("producerPortalPath", () => {
  it("puts the portal under /vi/nha-san-xuat in Vietnamese and /en/producer in English", () => {
    expect(producerPortalPath("vi", "home")).toBe("/vi/nha-san-xuat")
    expect(producerPortalPath("en", "home")).toBe("/en/producer")
    expect(producerPortalPath("vi", "invite")).toBe("/vi/nha-san-xuat/loi-moi")
    expect(producerPortalPath("en", "reset-password")).toBe("/en/producer/reset-password")
  })
})
