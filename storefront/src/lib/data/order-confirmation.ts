"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { BankTransferInstructions } from "@ocop/types"
import { callBackend, type BackendResult } from "./backend-call"

/** A just-placed order as its confirmation page shows it; amounts in whole đồng. */
export type ConfirmedOrder = {
  id: string
  displayId: number
  email: string
  total: number
  itemTotal: number
  shippingTotal: number
  lines: Array<{ id: string; title: string; quantity: number; total: number }>
  delivery:
    | { method: "pickup"; showroomId: string; showroomName: string; address: string }
    | { method: "delivery"; fullName: string; phone: string; address: string; legacyDistrict: string }
  /** how to pay by transfer, when the shopper chose bank transfer */
  bankTransfer: BankTransferInstructions | null
}

type StoreOrder = {
  id: string
  display_id: number
  email: string | null
  total: number
  item_total: number
  shipping_total: number
  items?: Array<{ id: string; product_title: string | null; title: string; quantity: number; total: number }> | null
  shipping_address?: { first_name: string | null; phone: string | null; company: string | null; address_1: string | null; city: string | null; province: string | null; metadata: Record<string, unknown> | null } | null
}

const FIELDS = "id,display_id,email,total,item_total,shipping_total,*items,*shipping_address"

/**
 * The order with this id, or null when there is none. Like Medusa's own `/store/orders/:id`,
 * the unguessable id is the key: it is what the shopper's confirmation link carries.
 */
export async function retrieveConfirmedOrder(id: string): Promise<BackendResult<ConfirmedOrder | null>> {
  return callBackend(`retrieve order ${id}`, async (sdk, signal) => {
    const path = encodeURIComponent(id)
    let order: StoreOrder
    try {
      order = (await sdk.client.fetch<{ order: StoreOrder }>(`/store/orders/${path}`, { query: { fields: FIELDS }, signal, cache: "no-store" })).order
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) return null
      throw error
    }
    let bankTransfer: BankTransferInstructions | null = null
    try {
      bankTransfer = (await sdk.client.fetch<{ bank_transfer: BankTransferInstructions }>(`/store/ocop/orders/${path}/bank-transfer`, { signal, cache: "no-store" })).bank_transfer
    } catch (error) {
      // 404: paid another way
      if (!(error instanceof FetchError && error.status === 404)) throw error
    }
    return reshapeOrder(order, bankTransfer)
  })
}

const text = (value: unknown) => (typeof value === "string" ? value : "")

function reshapeOrder(order: StoreOrder, bankTransfer: BankTransferInstructions | null): ConfirmedOrder {
  const address = order.shipping_address
  const place = [address?.address_1, address?.city, address?.province].filter(Boolean).join(", ")
  return {
    id: order.id,
    displayId: order.display_id,
    email: order.email ?? "",
    total: Number(order.total),
    itemTotal: Number(order.item_total),
    shippingTotal: Number(order.shipping_total),
    lines: (order.items ?? []).map((item) => ({ id: item.id, title: item.product_title ?? item.title, quantity: Number(item.quantity), total: Number(item.total) })),
    // `/store/orders/:id` drops the order's own metadata; the pickup address carries the showroom
    delivery:
      text(address?.metadata?.showroom_id)
        ? { method: "pickup", showroomId: text(address?.metadata?.showroom_id), showroomName: text(address?.company), address: place }
        : { method: "delivery", fullName: text(address?.first_name), phone: text(address?.phone), address: place, legacyDistrict: text(address?.metadata?.legacy_district) },
    bankTransfer,
  }
}
