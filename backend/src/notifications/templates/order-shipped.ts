import { htmlMessage, requireText, type MessageTemplate } from "../message"
import { checkOrderMessage, htmlLines, orderLines, type OrderMessageData } from "../order-message"

export type OrderShippedData = OrderMessageData & { carrier: string; tracking_number: string }

/** Sent when a home-delivery order leaves with a carrier: who carries it and the tracking number. */
export const orderShipped: MessageTemplate<OrderShippedData> = {
  name: "order-shipped",
  check: (data) => ({
    ...checkOrderMessage(data, "order-shipped"),
    carrier: requireText(data, "carrier", "order-shipped"),
    tracking_number: requireText(data, "tracking_number", "order-shipped"),
  }),
  render: (order, locale) => {
    const en = locale === "en"
    const intro = en ? `Your order #${order.order_number} is on its way.` : `Đơn hàng #${order.order_number} đã được gửi đi.`
    const tracking = en
      ? [`Carrier: ${order.carrier}`, `Tracking number: ${order.tracking_number}`]
      : [`Đơn vị vận chuyển: ${order.carrier}`, `Mã vận đơn: ${order.tracking_number}`]
    const action = { label: en ? "See your order" : "Xem đơn hàng", url: order.order_url }
    return {
      subject: en ? `Order #${order.order_number} has shipped` : `Đơn hàng #${order.order_number} đang được giao`,
      text: [intro, "", ...tracking, "", ...orderLines(order, locale), "", `${action.label}: ${action.url}`].join("\n"),
      html: htmlMessage(locale, [htmlLines([intro]), htmlLines(tracking), htmlLines(orderLines(order, locale))], action),
    }
  },
}
