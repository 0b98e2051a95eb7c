import { screen } from "@testing-library/react"
import type { OrderTracking as Tracking } from "@ocop/types"
import { describe, expect, it } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { OrderTracking } from "./order-tracking"

const pickup: Tracking = {
  orderId: "order_1",
  method: "pickup",
  status: "ready_for_pickup",
  pickupCode: "042917",
  showroom: null,
  carrier: null,
  trackingNumber: null,
  cancelReason: null,
  readyAt: "2026-11-29T08:00:00.000Z",
  handedOverAt: null,
  shippedAt: null,
  cancelledAt: null,
}

describe("OrderTracking", () => {
  it("tells a pickup shopper their order is ready and shows the code to give at the counter", () => {
    renderWithIntl(<OrderTracking tracking={pickup} />, "vi")
    expect(screen.getByTestId("order-tracking-status").textContent).toBe("Sẵn sàng để nhận")
    expect(screen.getByTestId("pickup-code").textContent).toBe("042917")
    expect(screen.getByText("Hàng đã sẵn sàng tại showroom. Mời bạn đến nhận trong giờ mở cửa.")).toBeTruthy()
  })

  it("stops showing the code once the order is collected", () => {
    renderWithIntl(<OrderTracking tracking={{ ...pickup, status: "handed_over" }} />, "en")
    expect(screen.getByTestId("order-tracking-status").textContent).toBe("Collected")
    expect(screen.queryByTestId("pickup-code")).toBeNull()
  })

  it("gives the carrier and tracking number of a shipped delivery, and the reason of a cancellation", () => {
    renderWithIntl(<OrderTracking tracking={{ ...pickup, method: "delivery", status: "shipped", pickupCode: null, carrier: "VNPost", trackingNumber: "EV123456789VN" }} />, "vi")
    expect(screen.getByTestId("tracking-number").textContent).toBe("Gửi qua VNPost, mã vận đơn EV123456789VN")
    expect(screen.queryByTestId("pickup-code")).toBeNull()
  })

  it("says why an order was cancelled", () => {
    renderWithIntl(<OrderTracking tracking={{ ...pickup, status: "cancelled", cancelReason: "Sản phẩm bị hỏng" }} />, "en")
    expect(screen.getByTestId("order-tracking-status").textContent).toBe("Cancelled")
    expect(screen.getByText("Reason: Sản phẩm bị hỏng")).toBeTruthy()
    expect(screen.queryByTestId("pickup-code")).toBeNull()
  })
})
