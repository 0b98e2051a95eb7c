import { describe, expect, it } from "vitest"
import { refuseOrderAction, statusAfter } from "./order-actions"

describe("refuseOrderAction", () => {
  it("lets a pickup order go placed → accepted → ready → handed over", () => {
    expect(refuseOrderAction("accept", { status: "placed", method: "pickup" })).toBeNull()
    expect(refuseOrderAction("ready_for_pickup", { status: "accepted", method: "pickup" })).toBeNull()
    expect(refuseOrderAction("hand_over", { status: "ready_for_pickup", method: "pickup" })).toBeNull()
    expect(statusAfter("hand_over", "ready_for_pickup")).toBe("handed_over")
  })

  it("refuses handing over twice as a conflict, saying so", () => {
    expect(refuseOrderAction("hand_over", { status: "handed_over", method: "pickup" })).toEqual({
      kind: "conflict",
      message: "This order was already handed over: it cannot be handed over again.",
    })
  })

  it("refuses shipping a cancelled order as a conflict", () => {
    expect(refuseOrderAction("ship", { status: "cancelled", method: "delivery" })).toEqual({ kind: "conflict", message: "This order is cancelled: it cannot be shipped." })
  })

  it("refuses handing over before the order is ready", () => {
    expect(refuseOrderAction("hand_over", { status: "placed", method: "pickup" })?.kind).toBe("conflict")
  })

  it("refuses shipping a pickup order and handing over a delivery as the wrong method", () => {
    expect(refuseOrderAction("ship", { status: "accepted", method: "pickup" })).toEqual({ kind: "wrong_method", message: "A pickup order is collected at the counter: it cannot be shipped." })
    expect(refuseOrderAction("hand_over", { status: "ready_for_pickup", method: "delivery" })?.kind).toBe("wrong_method")
  })

  it("lets payment be recorded until the order is cancelled, without changing its status", () => {
    expect(refuseOrderAction("record_payment", { status: "shipped", method: "delivery" })).toBeNull()
    expect(refuseOrderAction("record_payment", { status: "cancelled", method: "pickup" })?.kind).toBe("conflict")
    expect(statusAfter("record_payment", "shipped")).toBe("shipped")
  })

  it("refuses cancelling an order that already left the showroom", () => {
    expect(refuseOrderAction("cancel", { status: "handed_over", method: "pickup" })?.kind).toBe("conflict")
    expect(refuseOrderAction("cancel", { status: "shipped", method: "delivery" })?.kind).toBe("conflict")
    expect(refuseOrderAction("cancel", { status: "ready_for_pickup", method: "pickup" })).toBeNull()
  })
})
