import { describe, expect, it } from "vitest"
import { renderMessage, UnrenderableMessageError } from "./render"

const order = {
  order_number: "1042",
  order_url: "https://cho-ocop.example.vn/vi/order/confirmed/order_1",
  total: 170000,
  items: [{ title: "Nước mắm chay Tuấn Linh", quantity: 2 }],
}
const pickup = {
  ...order,
  method: "pickup",
  pickup: { code: "042917", showroom: "Showroom Bố Trạch", address: "Tiểu khu 1, Xã Bố Trạch, Quảng Trị", phone: "0912000111", hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
}

describe("order messages", () => {
  it("confirms a pickup order in Vietnamese with its lines in đồng, the code and where to collect", () => {
    const message = renderMessage("order-placed", pickup)
    expect(message.subject).toBe("Đã nhận đơn hàng #1042")
    expect(message.text).toContain("2 × Nước mắm chay Tuấn Linh")
    expect(message.text).toContain("Tổng cộng: 170.000 ₫")
    expect(message.text).toContain("Mã nhận hàng: 042917")
    expect(message.text).toContain("Giờ mở cửa: Thứ Hai – Thứ Bảy: 07:30–17:30")
  })

  it("tells an English shopper their order is ready, with the code, address and hours", () => {
    const message = renderMessage("order-ready-for-pickup", { ...pickup, locale: "en" })
    expect(message.subject).toBe("Order #1042 is ready for pickup")
    expect(message.text).toContain("Pickup code: 042917")
    expect(message.text).toContain("Showroom Bố Trạch, Tiểu khu 1, Xã Bố Trạch, Quảng Trị")
    expect(message.text).toContain("Opening hours: Mon–Sat: 07:30–17:30")
    expect(message.html).toContain('<html lang="en">')
  })

  it("gives the carrier and tracking number of a shipped order", () => {
    const message = renderMessage("order-shipped", { ...order, method: "delivery", carrier: "VNPost", tracking_number: "EV123456789VN" })
    expect(message.text).toContain("Đơn vị vận chuyển: VNPost")
    expect(message.text).toContain("Mã vận đơn: EV123456789VN")
  })

  it("says why an order was cancelled, the reason escaped in the HTML", () => {
    const message = renderMessage("order-cancelled", { ...order, method: "delivery", reason: "Hàng <vỡ>", locale: "en" })
    expect(message.text).toContain("Reason: Hàng <vỡ>")
    expect(message.html).toContain("Reason: Hàng &lt;vỡ&gt;")
  })

  it("refuses a ready message without a pickup code, and an order without lines", () => {
    expect(() => renderMessage("order-ready-for-pickup", { ...order, method: "delivery" })).toThrow(UnrenderableMessageError)
    expect(() => renderMessage("order-placed", { ...order, items: [] })).toThrow(/needs data.items/)
  })
})
