import { screen, within } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import type { OrderDetail } from "@/lib/data/orders"
import { renderWithIntl } from "@/test/render-with-intl"
import { OrderDetailTemplate } from "./order-detail-template"

vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  usePathname: () => "/vi/account/orders/order_1",
}))
// The logout button posts to a server action; rendering the page never calls it.
vi.mock("@/lib/data/customer", () => ({ logout: async () => undefined }))

const order: OrderDetail = {
  id: "order_1",
  displayId: 1024,
  createdAt: "2026-11-28T03:00:00.000Z",
  status: "pending",
  paymentStatus: "authorized",
  fulfillmentStatus: "not_fulfilled",
  total: 200000,
  itemCount: 2,
  email: "an@example.vn",
  paymentMethod: "cash",
  subtotal: 170000,
  shippingTotal: 30000,
  items: [{ id: "item_1", title: "Nước mắm chay Tuấn Linh", variantTitle: null, thumbnail: null, quantity: 2, unitPrice: 85000, total: 170000 }],
  delivery: { kind: "pickup", method: "Nhận tại Showroom Bố Trạch", place: "Showroom Bố Trạch", fullName: "Nguyễn Văn An", phone: "0912345678", lines: ["Quốc lộ 1A", "Hoàn Lão", "Quảng Trị"] },
}

describe("OrderDetailTemplate", () => {
  it("shows the items, totals in đồng, the showroom to collect from and how payment stands", () => {
    renderWithIntl(<OrderDetailTemplate order={order} />, "vi")
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Đơn hàng #1024")
    expect(screen.getByText("Đặt ngày 28/11/2026")).toBeTruthy()
    expect(within(screen.getByTestId("order-lines")).getByText("Số lượng: 2 · Đơn giá: 85.000 ₫")).toBeTruthy()
    expect(screen.getByTestId("order-detail-total").textContent).toBe("200.000 ₫")
    const delivery = screen.getByTestId("order-delivery")
    expect(within(delivery).getByText("Nhận tại điểm bán")).toBeTruthy()
    expect(within(delivery).getByText("Showroom Bố Trạch")).toBeTruthy()
    // A pickup shows the showroom, never the shopper's own phone as if it were an address.
    expect(within(delivery).queryByText("0912345678")).toBeNull()
    expect(screen.getByTestId("order-payment-method").textContent).toBe("Tiền mặt khi nhận hàng")
    expect(screen.getByText("Chờ thu tiền")).toBeTruthy()
  })

  it("shows the delivery address to an English reader, and no payment method the backend did not name", () => {
    renderWithIntl(
      <OrderDetailTemplate order={{ ...order, paymentMethod: "unknown", paymentStatus: "captured", delivery: { ...order.delivery, kind: "address", method: "Giao hàng tận nơi", place: "" } }} />,
      "en",
    )
    const delivery = screen.getByTestId("order-delivery")
    expect(within(delivery).getByText("Home delivery")).toBeTruthy()
    expect(within(delivery).getByText("Nguyễn Văn An")).toBeTruthy()
    expect(within(delivery).getByText("Quốc lộ 1A")).toBeTruthy()
    expect(screen.queryByTestId("order-payment-method")).toBeNull()
    expect(screen.getByText("Paid")).toBeTruthy()
  })
})
