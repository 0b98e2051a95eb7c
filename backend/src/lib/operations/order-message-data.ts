import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OpeningPeriod } from "@ocop/domain"
import { readBackendEnv } from "../../env"
import { messageLocale, type MessageLocale } from "../../notifications/message"
import type { OrderMessageData } from "../../notifications/order-message"
import { OPERATOR_MODULE } from "../../modules/operator"
import type OperatorModuleService from "../../modules/operator/service"

type OrderRecord = {
  id: string
  display_id: number
  email: string | null
  total: number | string
  metadata?: Record<string, unknown> | null
  items?: Array<{ title: string; product_title?: string | null; quantity: number | string } | null>
}

type ShowroomRecord = { name: string; street: string | null; commune: string | null; province: string; phone: string; opening_hours: { slots?: OpeningPeriod[] } | OpeningPeriod[] | null }

/** Who an order message goes to, in which language, and what it says about the order and its handling. */
export type OrderMessage = {
  to: string
  locale: MessageLocale
  data: OrderMessageData & { carrier: string | null; tracking_number: string | null; reason: string | null }
}

/**
 * Everything an order message needs, read from the order (its lines, the shopper's email and
 * language, the pickup code) and its showroom handling; null for an order without an email.
 */
export async function readOrderMessage(container: MedusaContainer, orderId: string): Promise<OrderMessage | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "email", "total", "metadata", "items.*"], filters: { id: orderId } })
  const order = data[0] as OrderRecord | undefined
  if (!order?.email) return null
  const metadata = order.metadata ?? {}
  const locale = messageLocale(metadata.locale)
  const [handling] = await container.resolve<OperatorModuleService>(OPERATOR_MODULE).listOrderHandlings({ order_id: orderId })
  const method = metadata.delivery_method === "pickup" ? "pickup" : "delivery"
  let pickup: OrderMessageData["pickup"]
  if (method === "pickup" && typeof metadata.pickup_showroom_id === "string" && typeof metadata.pickup_code === "string") {
    const { data: showrooms } = await query.graph({ entity: "showroom", fields: ["name", "street", "commune", "province", "phone", "opening_hours"], filters: { id: metadata.pickup_showroom_id } })
    const showroom = showrooms[0] as ShowroomRecord | undefined
    if (showroom) {
      const hours = Array.isArray(showroom.opening_hours) ? showroom.opening_hours : (showroom.opening_hours?.slots ?? [])
      const address = [showroom.street, showroom.commune, showroom.province].filter(Boolean).join(", ")
      pickup = { code: metadata.pickup_code, showroom: showroom.name, address, phone: showroom.phone, hours }
    }
  }
  const storefront = readBackendEnv().STOREFRONT_URL.replace(/\/+$/, "")
  return {
    to: order.email,
    locale,
    data: {
      order_number: String(order.display_id),
      order_url: `${storefront}/${locale}/order/confirmed/${order.id}`,
      total: Number(order.total),
      items: (order.items ?? []).flatMap((item) => (item ? [{ title: item.product_title ?? item.title, quantity: Number(item.quantity) }] : [])),
      method,
      pickup,
      carrier: handling?.carrier ?? null,
      tracking_number: handling?.tracking_number ?? null,
      reason: handling?.cancel_reason ?? null,
    },
  }
}
