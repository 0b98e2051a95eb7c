"use server"

import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { isSameAddress, toStoreAddress } from "@/lib/account/saved-address"
import { checkCheckoutForm, type CheckoutField, type CheckoutFieldError } from "@/lib/checkout/checkout-form"
import { sendToBackend, type WriteResult } from "./backend-write"
import { authHeaders, getCartId, removeCartId } from "./cookies"
import { retrieveCustomer } from "./customer"

/** Why placing the order failed as a whole; each has a sentence under `Checkout.errors`. */
export type CheckoutFormError = "noCart" | "showroomShort" | "soldOut" | "rejected" | "unavailable"

/** What the checkout form shows after a refused submission: the values as typed and the reasons. */
export type CheckoutState = {
  values: Partial<Record<CheckoutField, string>>
  fieldErrors: Partial<Record<CheckoutField, CheckoutFieldError>>
  formError: CheckoutFormError | null
}

type CompleteReply = { type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } }

/**
 * Places the order: checks the form, sets contact and delivery on the cart (a showroom must
 * still hold every item), opens the payment session, completes the cart, and goes to the
 * confirmation. Any refusal comes back with everything the shopper typed.
 */
export async function placeOrder(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const checked = checkCheckoutForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null }
  }
  const { values, order } = checked
  // The backend's sentences name ids and mix languages: the shopper reads ours, and the page,
  // revalidated, shows which showroom now lacks what.
  const refuse = (formError: CheckoutFormError): CheckoutState => ({ values, fieldErrors: {}, formError })
  const cartId = await getCartId()
  if (!cartId) {
    return refuse("noCart")
  }
  const headers = await authHeaders()
  // A logged-in shopper orders under their account's email: another one would make Medusa file
  // the order under a new guest customer, and it would be missing from their order history.
  const customer = headers.authorization ? await retrieveCustomer() : null
  if (customer?.ok && customer.data) {
    order.delivery.email = customer.data.email
  }
  const cart = encodeURIComponent(cartId)
  // After a refusal the cart goes back to the online shop (a pickup cart sells only what its showroom holds).
  const reopen = () => sendToBackend("reopen the cart", (sdk, signal) => sdk.client.fetch(`/store/ocop/carts/${cart}/delivery`, { method: "DELETE", headers, signal }))
  const delivery = await sendToBackend("set the cart's delivery", (sdk, signal) =>
    sdk.client.fetch(`/store/ocop/carts/${cart}/delivery`, { method: "POST", body: order.delivery, headers, signal }),
  )
  if (!delivery.ok) {
    await reopen()
    revalidatePath("/[locale]/checkout", "page")
    return delivery.reason === "rejected" && delivery.status === 400 && order.delivery.method === "pickup" ? refuse("showroomShort") : refuse(failure(delivery))
  }
  const placed = await sendToBackend("place the order", async (sdk, signal) => {
    const { payment_collection } = await sdk.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
      query: { fields: "id" },
      headers,
      signal,
    })
    await sdk.client.fetch(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { method: "POST", body: { provider_id: order.providerId }, query: { fields: "id" }, headers, signal })
    return sdk.client.fetch<CompleteReply>(`/store/carts/${cart}/complete`, { method: "POST", headers, signal })
  })
  if (!placed.ok || placed.data.type !== "order") {
    await reopen()
    revalidatePath("/[locale]/checkout", "page")
    if (placed.ok) {
      // Medusa hands the cart back when the payment was not authorised
      return refuse("rejected")
    }
    // Medusa refuses completion with "Not enough stock…" when stock ran out between cart and payment
    return placed.reason === "unavailable" ? refuse("unavailable") : refuse(/stock|inventory/i.test(placed.message) ? "soldOut" : "rejected")
  }
  await removeCartId()
  const toSave = order.addressToSave
  if (toSave && customer?.ok && customer.data && !customer.data.addresses.some((saved) => isSameAddress(saved, toSave))) {
    // The order is placed either way: an address the book refuses only goes unsaved.
    await sendToBackend("save the delivery address to the address book", (sdk, signal) =>
      sdk.client.fetch("/store/customers/me/addresses", { method: "POST", body: toStoreAddress(toSave), query: { fields: "id" }, headers, signal }),
    )
  }
  revalidatePath("/[locale]", "layout")
  return redirect({ href: `/order/confirmed/${placed.data.order.id}`, locale: await getLocale() })
}

function failure(result: Extract<WriteResult<unknown>, { ok: false }>): CheckoutFormError {
  return result.reason === "unavailable" ? "unavailable" : "rejected"
}
