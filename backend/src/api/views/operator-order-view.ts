import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS, type OperatorOrder, type OrderHandlingStatus } from "@ocop/types"

/** An order_handling row, as the operator module lists it. */
export type HandlingRecord = {
  order_id: string
  showroom_id: string | null
  method: "pickup" | "delivery"
  status: string
  carrier: string | null
  tracking_number: string | null
  cancel_reason: string | null
}

type OrderRecord = {
  id: string
  display_id: number | string
  created_at: string | Date
  email: string | null
  total: number | string
  shipping_address?: { first_name?: string | null; phone?: string | null; address_1?: string | null; city?: string | null; province?: string | null } | null
  items?: Array<{ id: string; title: string; product_title?: string | null; quantity: number | string; unit_price: number | string; total: number | string } | null>
  payment_collections?: Array<{
    payment_sessions?: Array<{ provider_id: string } | null>
    payments?: Array<{ provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null } | null>
  } | null>
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "total",
  "shipping_address.first_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "items.id",
  "items.title",
  "items.product_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

const PAYMENT_METHODS: Record<string, OperatorOrder["payment"]["method"]> = {
  [PAYMENT_PROVIDER_IDS.cash]: "cash",
  [PAYMENT_PROVIDER_IDS.bankTransfer]: "bank_transfer",
  [PAYMENT_PROVIDER_IDS.stripe]: "card",
}

function toOperatorOrder(handling: HandlingRecord, order: OrderRecord): OperatorOrder {
  const collections = order.payment_collections ?? []
  const payments = collections.flatMap((collection) => collection?.payments ?? []).filter((payment) => payment && !payment.canceled_at)
  const provider = payments[0]?.provider_id ?? collections.flatMap((collection) => collection?.payment_sessions ?? [])[0]?.provider_id ?? ""
  const address = order.shipping_address
  return {
    id: order.id,
    displayId: Number(order.display_id),
    createdAt: new Date(order.created_at).toISOString(),
    showroomId: handling.showroom_id,
    method: handling.method,
    status: handling.status as OrderHandlingStatus,
    customer: { name: address?.first_name ?? "", phone: address?.phone ?? null, email: order.email },
    address: handling.method === "delivery" && address ? { street: address.address_1 ?? "", ward: address.city ?? "", province: address.province ?? "" } : null,
    items: (order.items ?? []).flatMap((item) =>
      item ? [{ id: item.id, title: item.product_title ?? item.title, quantity: Number(item.quantity), unitPrice: Number(item.unit_price), total: Number(item.total) }] : []
    ),
    total: Number(order.total),
    payment: { method: PAYMENT_METHODS[provider] ?? "other", paid: payments.some((payment) => Boolean(payment?.captured_at)) },
    carrier: handling.carrier,
    trackingNumber: handling.tracking_number,
    cancelReason: handling.cancel_reason,
  }
}

/** The orders of these handling rows as an operator sees them, in the rows' order. */
export async function readOperatorOrders(container: MedusaContainer, handlings: HandlingRecord[]): Promise<OperatorOrder[]> {
  if (!handlings.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: handlings.map((handling) => handling.order_id) } })
  const orders = new Map((data as OrderRecord[]).map((order) => [order.id, order]))
  return handlings.flatMap((handling) => {
    const order = orders.get(handling.order_id)
    return order ? [toOperatorOrder(handling, order)] : []
  })
}
