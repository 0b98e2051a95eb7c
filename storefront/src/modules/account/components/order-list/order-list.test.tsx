import { screen, within } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import type { OrderSummary } from "@/lib/data/orders"
import { renderWithIntl } from "@/test/render-with-intl"
import { OrderList } from "./order-list"

// Next's router is not mounted in a unit test; a plain anchor shows the href it would navigate to.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const order: OrderSummary = {
  id: "order_01JDEMO",
  displayId: 1024,
  createdAt: "2026-11-28T17:30:00.000Z",
  status: "pending",
  paymentStatus: "awaiting",
  fulfillmentStatus: "not_fulfilled",
  total: 125000,
  itemCount: 3,
}

describe("OrderList", () => {
  it("shows number, Vietnamese date on Việt Nam's clock, status in words and the total in đồng", () => {
    renderWithIntl(<OrderList orders={[order]} />, "vi")
    const row = screen.getByTestId("order-row")
    expect(within(row).getByRole("link", { name: "Đơn hàng #1024" }).getAttribute("href")).toBe("/vi/account/orders/order_01JDEMO")
    // 17:30 UTC on the 28th is 00:30 on the 29th in Hà Nội.
    expect(within(row).getByText("29/11/2026").getAttribute("datetime")).toBe(order.createdAt)
    expect(within(row).getByText("Đang xử lý")).toBeTruthy()
    expect(within(row).getByTestId("order-total").textContent).toBe("125.000 ₫")
    expect(within(row).getByText("3 sản phẩm")).toBeTruthy()
  })

  it("speaks English, keeps đồng, and never shows a raw status code it has no words for", () => {
    renderWithIntl(<OrderList orders={[{ ...order, status: "ready_for_pickup", itemCount: 1 }]} />, "en")
    const row = screen.getByTestId("order-row")
    expect(within(row).getByText("Being updated")).toBeTruthy()
    expect(within(row).queryByText(/ready_for_pickup/)).toBeNull()
    expect(within(row).getByText("1 item")).toBeTruthy()
    expect(within(row).getByText("Nov 29, 2026")).toBeTruthy()
    expect(within(row).getByTestId("order-total").textContent).toBe("125.000 ₫")
  })
})
