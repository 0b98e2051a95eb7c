import { htmlMessage, type MessageTemplate } from "../message"
import { checkOrderMessage, htmlLines, pickupLines, type OrderMessageData } from "../order-message"

/** Sent when the showroom has packed a pickup order: the code, the showroom's address and hours. */
export const orderReadyForPickup: MessageTemplate<OrderMessageData> = {
  name: "order-ready-for-pickup",
  check: (data) => {
    const order = checkOrderMessage(data, "order-ready-for-pickup")
    if (!order.pickup) throw new TypeError('The "order-ready-for-pickup" message is for pickup orders only.')
    return order
  },
  render: (order, locale) => {
    const en = locale === "en"
    const intro = en
      ? `Your order #${order.order_number} is ready. Come to the showroom and give this code at the counter:`
      : `Đơn hàng #${order.order_number} đã sẵn sàng. Mời bạn đến showroom và đọc mã này tại quầy:`
    const details = pickupLines(order.pickup!, locale)
    const action = { label: en ? "See your order" : "Xem đơn hàng", url: order.order_url }
    return {
      subject: en ? `Order #${order.order_number} is ready for pickup` : `Đơn hàng #${order.order_number} đã sẵn sàng để nhận`,
      text: [intro, "", ...details, "", `${action.label}: ${action.url}`].join("\n"),
      html: htmlMessage(locale, [htmlLines([intro]), htmlLines(details)], action),
    }
  },
}
