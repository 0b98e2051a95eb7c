// @vitest-environment node
import { describe, expect, it } from "vitest"
import { mapLink } from "./map-link"

describe("mapLink", () => {
  it("points at the coordinates when the place has them", () => {
    expect(mapLink({ latitude: 17.5923, longitude: 106.5318, address: "Quốc lộ 1A, Hoàn Lão" })).toBe(
      "https://www.google.com/maps/search/?api=1&query=17.5923%2C106.5318",
    )
  })

  it("searches the written address when the coordinates are unknown", () => {
    expect(mapLink({ latitude: null, longitude: 106.5, address: "Hoàn Lão, Quảng Trị" })).toBe(
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent("Hoàn Lão, Quảng Trị")}`,
    )
  })
})
