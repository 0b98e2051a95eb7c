import { screen } from "@testing-library/react"
import type { OperatorOrder } from "@ocop/types"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { OrderActions } from "./order-actions"

// The forms post to server actions; rendering never calls them.
vi.mock("@/lib/data/operator", () => ({ actOnOrder: async () => ({ error: null, detail: null, done: true }) }))

const order: OperatorOrder = {
  id: "order_1",
  displayId: 1042,
  createdAt: "2026-11-29T08:00:00.000Z",
  showroomId: "shwr_1",
  method: "pickup",
  status: "placed",
  customer: { name: "Nguyễn Văn An", phone: "0912345678", email: "an@example.vn" },
  address: null,
  items: [{ id: "item_1", title: "Nước mắm chay Tuấn Linh", quantity: 2, unitPrice: 85000, total: 170000 }],
  total: 170000,
  payment: { method: "cash", paid: false },
  carrier: null,
  trackingNumber: null,
  cancelReason: null,
}

const shown = () => ["accept", "ready", "hand-over", "ship", "payment", "cancel"].filter((name) => screen.queryByTestId(`action-${name}`))

describe("OrderActions", () => {
  it("offers a new pickup order accept, ready, cash received and cancel", () => {
    renderWithIntl(<OrderActions order={order} />, "vi")
    expect(shown()).toEqual(["accept", "ready", "payment", "cancel"])
  })

  it("asks for the pickup code once the order waits at the counter", () => {
    renderWithIntl(<OrderActions order={{ ...order, status: "ready_for_pickup", payment: { method: "cash", paid: true } }} />, "en")
    expect(shown()).toEqual(["hand-over", "cancel"])
    expect(screen.getByLabelText("Pickup code the shopper gives")).toBeTruthy()
  })

  it("ships an accepted home delivery with carrier and tracking number, never hands it over", () => {
    renderWithIntl(<OrderActions order={{ ...order, method: "delivery", status: "accepted", payment: { method: "bank_transfer", paid: true } }} />, "vi")
    expect(shown()).toEqual(["ship", "cancel"])
    expect(screen.getByLabelText("Mã vận đơn")).toBeTruthy()
  })

  it("offers nothing for a cancelled order", () => {
    renderWithIntl(<OrderActions order={{ ...order, status: "cancelled" }} />, "vi")
    expect(shown()).toEqual([])
  })
})
