import { htmlMessage, type MessageTemplate } from "../message"
import { checkOrderMessage, htmlLines, orderLines, type OrderMessageData } from "../order-message"

export type OrderCancelledData = OrderMessageData & { reason: string | null }

/** Sent when an order is cancelled, with the showroom's reason. */
export const orderCancelled: MessageTemplate<OrderCancelledData> = {
  name: "order-cancelled",
  check: (data) => ({ ...checkOrderMessage(data, "order-cancelled"), reason: typeof data.reason === "string" && data.reason.trim() ? data.reason : null }),
  render: (order, locale) => {
    const en = locale === "en"
    const intro = en ? `Your order #${order.order_number} has been cancelled.` : `Đơn hàng #${order.order_number} đã bị hủy.`
    const reason = order.reason ? [en ? `Reason: ${order.reason}` : `Lý do: ${order.reason}`] : []
    const money = en
      ? "Nothing is owed for it; a payment already made is refunded."
      : "Bạn không phải thanh toán cho đơn này; khoản đã trả (nếu có) sẽ được hoàn lại."
    const action = { label: en ? "See your order" : "Xem đơn hàng", url: order.order_url }
    return {
      subject: en ? `Order #${order.order_number} cancelled` : `Đơn hàng #${order.order_number} đã bị hủy`,
      text: [intro, ...reason, money, "", ...orderLines(order, locale), "", `${action.label}: ${action.url}`].join("\n"),
      html: htmlMessage(locale, [htmlLines([intro, ...reason]), htmlLines([money]), htmlLines(orderLines(order, locale))], action),
    }
  },
}
