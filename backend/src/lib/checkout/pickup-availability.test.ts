import { describe, expect, it } from "vitest"
import { describeMissing, missingAtLocation, type StockLevel, type StockLine } from "./pickup-availability"

const line = (id: string, quantity: number, items: Array<[string, number]>): StockLine => ({
  id,
  title: `Sản phẩm ${id}`,
  quantity,
  inventory: items.map(([inventoryItemId, requiredQuantity]) => ({ inventoryItemId, requiredQuantity })),
})
const level = (locationId: string, inventoryItemId: string, stocked: number, reserved = 0): StockLevel => ({ locationId, inventoryItemId, stocked, reserved })

describe("missingAtLocation", () => {
  it("finds nothing missing when the showroom holds every line", () => {
    expect(missingAtLocation([line("a", 2, [["i1", 1]])], "bo-trach", [level("bo-trach", "i1", 5)])).toEqual([])
  })

  it("subtracts what other orders have reserved", () => {
    expect(missingAtLocation([line("a", 2, [["i1", 1]])], "bo-trach", [level("bo-trach", "i1", 5, 4)])).toEqual([
      { lineItemId: "a", title: "Sản phẩm a", wanted: 2, available: 1 },
    ])
  })

  it("counts an item the showroom never stocked, or stocked elsewhere, as none", () => {
    expect(missingAtLocation([line("a", 1, [["i1", 1]])], "bo-trach", [level("dong-hoi", "i1", 9)])).toEqual([
      { lineItemId: "a", title: "Sản phẩm a", wanted: 1, available: 0 },
    ])
  })

  it("shares one inventory item between lines and honours required quantities", () => {
    const lines = [line("single", 3, [["i1", 1]]), line("box-of-4", 1, [["i1", 4]])]
    expect(missingAtLocation(lines, "x", [level("x", "i1", 6)])).toEqual([{ lineItemId: "box-of-4", title: "Sản phẩm box-of-4", wanted: 1, available: 0 }])
  })

  it("always supplies a line whose stock is not tracked", () => {
    expect(missingAtLocation([line("a", 50, [])], "x", [])).toEqual([])
  })
})

describe("describeMissing", () => {
  it("names each short line in Vietnamese and English", () => {
    expect(describeMissing("Showroom Bố Trạch", [{ lineItemId: "a", title: "Nước mắm", wanted: 3, available: 1 }])).toBe(
      "Showroom Bố Trạch không còn đủ hàng cho đơn này: Nước mắm (còn 1, cần 3). / Showroom Bố Trạch does not hold enough: Nước mắm (1 left, 3 wanted)."
    )
  })
})
