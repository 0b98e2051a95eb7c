import type { ProducerOrderView } from "@ocop/types"
import { describe, expect, it } from "vitest"
import { monthlySales, vietnamMonth } from "./producer-orders"

const order = (placedAt: string, status: string, lines: Array<[number, number]>): ProducerOrderView => ({
  id: placedAt,
  displayId: 1,
  placedAt,
  status,
  deliveryMethod: "delivery",
  showroom: null,
  lines: lines.map(([quantity, unitPrice]) => ({ productId: "p", title: "t", packTitle: null, quantity, unitPrice, total: quantity * unitPrice })),
  total: lines.reduce((sum, [quantity, unitPrice]) => sum + quantity * unitPrice, 0),
})

describe("vietnamMonth", () => {
  it("counts an order placed late on the last evening of a month (UTC) in the next month, as Việt Nam lives it", () => {
    expect(vietnamMonth(new Date("2026-10-31T18:00:00Z"))).toBe("2026-11")
    expect(vietnamMonth(new Date("2026-10-31T16:59:59Z"))).toBe("2026-10")
  })
})

describe("monthlySales", () => {
  it("sums orders, units and đồng per month, oldest first, leaves out cancelled orders and keeps empty months", () => {
    const summary = monthlySales(
      [order("2026-11-02T03:00:00Z", "pending", [[2, 85000]]), order("2026-11-20T03:00:00Z", "completed", [[1, 125000], [3, 10000]]), order("2026-11-21T03:00:00Z", "canceled", [[9, 1000]]), order("2026-09-05T03:00:00Z", "completed", [[1, 50000]])],
      3,
      new Date("2026-11-29T10:00:00Z")
    )
    expect(summary).toEqual([
      { month: "2026-09", orders: 1, units: 1, revenue: 50000 },
      { month: "2026-10", orders: 0, units: 0, revenue: 0 },
      { month: "2026-11", orders: 2, units: 6, revenue: 325000 },
    ])
  })

  it("crosses a year boundary", () => {
    expect(monthlySales([], 2, new Date("2027-01-10T00:00:00Z")).map((entry) => entry.month)).toEqual(["2026-12", "2027-01"])
  })
})
