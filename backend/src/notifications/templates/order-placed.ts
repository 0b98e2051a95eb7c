import { htmlMessage, type MessageTemplate } from "../message"
import { checkOrderMessage, htmlLines, orderLines, pickupLines, type OrderMessageData } from "../order-message"

/** Sent when a shopper places an order: what they ordered and, for a pickup, where and with which code. */
export const orderPlaced: MessageTemplate<OrderMessageData> = {
  name: "order-placed",
  check: (data) => checkOrderMessage(data, "order-placed"),
  render: (order, locale) => {
    const en = locale === "en"
    const intro = en ? `Thank you for your order #${order.order_number}.` : `Cảm ơn bạn đã đặt đơn hàng #${order.order_number}.`
    const next =
      order.method === "pickup"
        ? en
          ? "We will write again when it is ready at the showroom. Show this code at the counter:"
          : "Chúng tôi sẽ báo khi hàng đã sẵn sàng tại showroom. Khi đến nhận, hãy đọc mã này tại quầy:"
        : en
          ? "We will write again when it is on its way."
          : "Chúng tôi sẽ báo khi đơn hàng được gửi đi."
    const details = [...orderLines(order, locale), ...(order.pickup ? ["", ...pickupLines(order.pickup, locale)] : [])]
    const action = { label: en ? "See your order" : "Xem đơn hàng", url: order.order_url }
    return {
      subject: en ? `Order #${order.order_number} received` : `Đã nhận đơn hàng #${order.order_number}`,
      text: [intro, next, "", ...details, "", `${action.label}: ${action.url}`].join("\n"),
      html: htmlMessage(locale, [htmlLines([intro, next]), htmlLines(details)], action),
    }
  },
}
