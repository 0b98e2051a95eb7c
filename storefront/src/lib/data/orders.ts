"use server"

import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"
import { authHeaders } from "./cookies"

/** One line of the order history. */
export type OrderSummary = {
  id: string
  displayId: number
  createdAt: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  total: number
  itemCount: number
}

/** One bought item of an order, amounts in whole đồng. */
export type OrderLine = {
  id: string
  title: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

/** How an order reaches the shopper: collected at a showroom, or delivered to an address. */
export type OrderDelivery = { kind: "pickup" | "address"; method: string; place: string; fullName: string; phone: string; lines: string[] }

/** How the order is paid, from its payment provider; "unknown" when the backend does not say. */
export type PaymentMethod = "cash" | "bankTransfer" | "card" | "unknown"

/** An order as its detail page shows it. */
export type OrderDetail = OrderSummary & {
  email: string
  paymentMethod: PaymentMethod
  subtotal: number
  shippingTotal: number
  items: OrderLine[]
  delivery: OrderDelivery
}

/** A page of the customer's orders, newest first. */
export type OrderPage = { orders: OrderSummary[]; count: number; offset: number; limit: number }

type StoreOrderItem = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total: number
}

type StoreAddress = {
  company?: string | null
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

type StoreOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  total: number
  email?: string | null
  subtotal?: number
  item_subtotal?: number
  shipping_total?: number
  items?: StoreOrderItem[] | null
  shipping_address?: StoreAddress | null
  shipping_methods?: Array<{ name: string }> | null
  metadata?: Record<string, unknown> | null
  payment_collections?: Array<{ payment_sessions?: Array<{ provider_id: string }> | null }> | null
}

const PAGE_SIZE = 10
const SUMMARY_FIELDS = "id,display_id,created_at,status,payment_status,fulfillment_status,total,items.id,items.quantity"
const DETAIL_FIELDS = `${SUMMARY_FIELDS},email,metadata,item_subtotal,shipping_total,*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions`

/** The logged-in customer's orders, newest first, ten to a page by default (`page` counts from 1). */
export async function listOrders({ page, limit = PAGE_SIZE }: { page: number; limit?: number }): Promise<BackendResult<OrderPage>> {
  const headers = await authHeaders()
  const size = Math.min(Math.max(1, Math.floor(limit)), PAGE_SIZE)
  const offset = (Math.max(1, Math.floor(page)) - 1) * size
  return callBackend("list the customer's orders", async (sdk, signal) => {
    const { orders, count } = await sdk.client.fetch<{ orders: StoreOrder[]; count: number }>("/store/orders", {
      query: { fields: SUMMARY_FIELDS, order: "-created_at", limit: size, offset },
      headers,
      signal,
      cache: "no-store",
    })
    return { orders: orders.map(reshapeSummary), count, offset, limit: size }
  })
}

/**
 * One of the logged-in customer's orders, or null when it is not theirs. Read through the
 * customer's own order list: `/store/orders/:id` answers anyone who knows the id.
 */
export async function retrieveOrder(id: string): Promise<BackendResult<OrderDetail | null>> {
  const headers = await authHeaders()
  return callBackend("retrieve the customer's order", async (sdk, signal) => {
    const { orders } = await sdk.client.fetch<{ orders: StoreOrder[] }>("/store/orders", {
      query: { id, fields: DETAIL_FIELDS, limit: 1 },
      headers,
      signal,
      cache: "no-store",
    })
    const order = orders[0]
    return order ? reshapeDetail(order) : null
  })
}

function reshapeSummary(order: StoreOrder): OrderSummary {
  return {
    id: order.id,
    displayId: order.display_id,
    createdAt: order.created_at,
    status: order.status,
    paymentStatus: order.payment_status ?? "not_paid",
    fulfillmentStatus: order.fulfillment_status ?? "not_fulfilled",
    // Medusa's big numbers may arrive as numeric strings.
    total: Number(order.total),
    itemCount: (order.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0),
  }
}

function reshapeDetail(order: StoreOrder): OrderDetail {
  return {
    ...reshapeSummary(order),
    email: order.email ?? "",
    paymentMethod: paymentMethod(order),
    subtotal: Number(order.item_subtotal ?? order.subtotal ?? 0),
    shippingTotal: Number(order.shipping_total ?? 0),
    items: (order.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unitPrice: Number(item.unit_price),
      total: Number(item.total),
    })),
    delivery: reshapeDelivery(order),
  }
}

const METHODS: Record<string, PaymentMethod> = {
  [PAYMENT_PROVIDER_IDS.cash]: "cash",
  [PAYMENT_PROVIDER_IDS.bankTransfer]: "bankTransfer",
  [PAYMENT_PROVIDER_IDS.stripe]: "card",
}

function paymentMethod(order: StoreOrder): PaymentMethod {
  const session = order.payment_collections?.flatMap((collection) => collection.payment_sessions ?? [])[0]
  return (session && METHODS[session.provider_id]) ?? "unknown"
}

/**
 * The checkout marks a pickup order (`metadata.delivery_method`) and gives it the showroom as
 * its address, with the showroom's name as the company.
 */
function reshapeDelivery(order: StoreOrder): OrderDelivery {
  const address = order.shipping_address ?? {}
  const lines = [address.address_1, address.address_2, address.city, address.province].filter((line): line is string => Boolean(line))
  return {
    kind: order.metadata?.delivery_method === "pickup" ? "pickup" : "address",
    method: order.shipping_methods?.[0]?.name ?? "",
    place: address.company ?? "",
    fullName: [address.last_name, address.first_name].filter(Boolean).join(" "),
    phone: address.phone ?? "",
    lines,
  }
}
