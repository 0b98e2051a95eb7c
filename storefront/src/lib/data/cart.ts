"use server"

import type { PickupShowroomOption } from "@ocop/types"
import { revalidatePath } from "next/cache"
import { CART_FIELDS, reshapeCart, type Cart, type StoreCart } from "@/lib/cart/cart-view"
import { callBackend, type BackendResult } from "./backend-call"
import { sendToBackend, type WriteResult } from "./backend-write"
import { authHeaders, getCartId, setCartCount, setCartId } from "./cookies"
import { retrieveShopRegion } from "./regions"

/** The most of one product a shopper may put in a cart at once. */
const MAX_LINE_QUANTITY = 99

// Medusa words a quantity beyond stock as "…does not have the required inventory" (adding) or
// "Not enough stock available…" (updating).
const isStockRefusal = (message: string) => /inventory|stock/i.test(message)

/** The shopper's cart, or null when they have none (or the backend forgot it, or it became an order). */
export async function retrieveCart(): Promise<BackendResult<Cart | null>> {
  const cartId = await getCartId()
  if (!cartId) {
    return { ok: true, data: null }
  }
  const headers = await authHeaders()
  const found = await sendToBackend("retrieve the cart", (sdk, signal) =>
    sdk.client.fetch<{ cart: StoreCart & { completed_at: string | null } }>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields: `${CART_FIELDS},completed_at` },
      headers,
      signal,
      cache: "no-store",
    }),
  )
  if (!found.ok) {
    return found.reason === "rejected" ? { ok: true, data: null } : { ok: false, reason: "unavailable" }
  }
  return { ok: true, data: found.data.cart.completed_at ? null : reshapeCart(found.data.cart) }
}


/** The shopper's cart id, creating a cart in the shop's region (for the logged-in customer) when there is none. */
async function ensureCartId(): Promise<WriteResult<string>> {
  const existing = await retrieveCart()
  if (existing.ok && existing.data) {
    return { ok: true, data: existing.data.id }
  }
  const region = await retrieveShopRegion()
  if (!region.ok) {
    return { ok: false, reason: "unavailable" }
  }
  const headers = await authHeaders()
  const created = await sendToBackend("create a cart", (sdk, signal) =>
    sdk.client.fetch<{ cart: { id: string } }>("/store/carts", { method: "POST", body: { region_id: region.data.id }, query: { fields: "id" }, headers, signal }),
  )
  if (!created.ok) {
    return created
  }
  await setCartId(created.data.cart.id)
  return { ok: true, data: created.data.cart.id }
}

/** Puts a quantity of a product variant in the cart, creating the cart on the first add. */
export async function createLineItem(variantId: string, quantity: number): Promise<WriteResult<Cart>> {
  const cartId = await ensureCartId()
  if (!cartId.ok) {
    return cartId
  }
  const headers = await authHeaders()
  return sendToBackend("add to the cart", async (sdk, signal) => {
    const { cart } = await sdk.client.fetch<{ cart: StoreCart }>(`/store/carts/${encodeURIComponent(cartId.data)}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
      query: { fields: CART_FIELDS },
      headers,
      signal,
    })
    return reshapeCart(cart)
  })
}

/** Sets a line's quantity; 0 removes it. */
export async function updateLineItem(lineId: string, quantity: number): Promise<WriteResult<null>> {
  const cartId = await getCartId()
  if (!cartId) {
    return { ok: false, reason: "rejected", status: 404, message: "no cart", code: null }
  }
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`
  const headers = await authHeaders()
  return sendToBackend("change a cart line", async (sdk, signal) => {
    await sdk.client.fetch(path, quantity > 0 ? { method: "POST", body: { quantity }, query: { fields: "id" }, headers, signal } : { method: "DELETE", headers, signal })
    return null
  })
}

/** Every showroom as a pickup choice for the cart, with what each lacks. */
export async function listPickupShowrooms(cartId: string): Promise<BackendResult<PickupShowroomOption[]>> {
  return callBackend("list pickup showrooms", async (sdk, signal) => {
    const { showrooms } = await sdk.client.fetch<{ showrooms: PickupShowroomOption[] }>(`/store/ocop/carts/${encodeURIComponent(cartId)}/pickup-showrooms`, {
      signal,
      cache: "no-store",
    })
    return showrooms
  })
}

/** What the add-to-cart control shows after a press. */
export type AddToCartState = { status: "idle" | "added" | "error"; error: "outOfStock" | "unavailable" | "rejected" | null; itemCount: number }

/** The add-to-cart form's action: puts the chosen quantity of the variant in the cart. */
export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const variantId = String(formData.get("variantId") ?? "")
  const quantity = Math.floor(Number(formData.get("quantity") ?? 1))
  if (!variantId || !Number.isFinite(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
    return { status: "error", error: "rejected", itemCount: 0 }
  }
  const added = await createLineItem(variantId, quantity)
  if (!added.ok) {
    return { status: "error", error: added.reason === "unavailable" ? "unavailable" : isStockRefusal(added.message) ? "outOfStock" : "rejected", itemCount: 0 }
  }
  await setCartCount(added.data.itemCount)
  revalidatePath("/[locale]", "layout")
  return { status: "added", error: null, itemCount: added.data.itemCount }
}

/** What a cart line's quantity control shows after a change. */
export type LineState = { error: "outOfStock" | "unavailable" | "rejected" | null }

/** A cart line's form action: a new quantity, or 0 to remove it. */
export async function changeLineQuantity(_previous: LineState, formData: FormData): Promise<LineState> {
  const lineId = String(formData.get("lineId") ?? "")
  const quantity = Math.floor(Number(formData.get("quantity") ?? 0))
  if (!lineId || !Number.isFinite(quantity) || quantity < 0 || quantity > MAX_LINE_QUANTITY) {
    return { error: "rejected" }
  }
  const changed = await updateLineItem(lineId, quantity)
  const cart = await retrieveCart()
  await setCartCount(cart.ok && cart.data ? cart.data.itemCount : 0)
  revalidatePath("/[locale]", "layout")
  if (!changed.ok) {
    return { error: changed.reason === "unavailable" ? "unavailable" : isStockRefusal(changed.message) ? "outOfStock" : "rejected" }
  }
  return { error: null }
}
