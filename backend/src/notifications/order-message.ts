import { formatVnd, openingHoursTextVi, type OpeningPeriod } from "@ocop/domain"
import { escapeHtml, requireText, type MessageLocale } from "./message"

/** What every order message says about the order. */
export type OrderMessageData = {
  order_number: string
  /** the order's page in the shop, in the shopper's language */
  order_url: string
  total: number
  items: Array<{ title: string; quantity: number }>
  method: "pickup" | "delivery"
  /** pickup only */
  pickup?: { code: string; showroom: string; address: string; phone: string; hours: OpeningPeriod[] }
}

const EN_DAYS: Record<string, string> = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" }

/** Opening hours in the message's language ("Thứ Hai – Thứ Bảy: 07:30–17:30" / "Mon–Sat: 07:30–17:30"). */
export function openingHoursText(hours: OpeningPeriod[], locale: MessageLocale): string {
  if (locale === "vi") return openingHoursTextVi(hours)
  return hours.map((period) => `${period.days.split("-").map((day) => EN_DAYS[day] ?? day).join("–")}: ${period.opens}–${period.closes}`).join("; ")
}

/** Reads and checks the order part of a notification's data; a missing field fails at send time. */
export function checkOrderMessage(data: Record<string, unknown>, template: string): OrderMessageData {
  const items = data.items
  const total = data.total
  if (!Array.isArray(items) || !items.length || typeof total !== "number") {
    throw new TypeError(`The "${template}" message needs data.items (a non-empty list) and data.total (đồng).`)
  }
  const method = data.method === "pickup" ? "pickup" : "delivery"
  const pickup = data.pickup as OrderMessageData["pickup"] | undefined
  if (method === "pickup" && (!pickup || !pickup.code || !pickup.showroom)) {
    throw new TypeError(`The "${template}" message needs data.pickup (code, showroom, address, hours) for a pickup order.`)
  }
  return {
    order_number: requireText(data, "order_number", template),
    order_url: requireText(data, "order_url", template),
    total,
    items: items as OrderMessageData["items"],
    method,
    pickup,
  }
}

/** The order's lines and total as text lines ("2 × Nước mắm chay Tuấn Linh", "Tổng: 170.000 ₫"). */
export function orderLines(order: OrderMessageData, locale: MessageLocale): string[] {
  return [...order.items.map((item) => `${item.quantity} × ${item.title}`), `${locale === "en" ? "Total" : "Tổng cộng"}: ${formatVnd(order.total)}`]
}

/** Where and when to collect, with the code, as text lines. */
export function pickupLines(pickup: NonNullable<OrderMessageData["pickup"]>, locale: MessageLocale): string[] {
  const hours = openingHoursText(pickup.hours, locale)
  return locale === "en"
    ? [`Pickup code: ${pickup.code}`, `${pickup.showroom}, ${pickup.address}`, `Opening hours: ${hours}`, `Phone: ${pickup.phone}`]
    : [`Mã nhận hàng: ${pickup.code}`, `${pickup.showroom}, ${pickup.address}`, `Giờ mở cửa: ${hours}`, `Điện thoại: ${pickup.phone}`]
}

/** Text lines as escaped HTML paragraphs joined by line breaks. */
export function htmlLines(lines: string[]): string {
  return lines.map(escapeHtml).join("<br>")
}
