"use server"

import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { isSameAddress, toStoreAddress } from "@/lib/account/saved-address"
import { chargesSessionAmount } from "@/lib/checkout/card-payment"
import { checkCheckoutForm, type CheckoutField, type CheckoutFieldError, type CheckoutOrder } from "@/lib/checkout/checkout-form"
import { cardIsRefunded, describeCompletionRefusal, type CheckoutFormError } from "@/lib/checkout/checkout-refusal"
import type { BackendResult } from "./backend-call"
import { postKeepingCode, sendToBackend, type WriteResult } from "./backend-write"
import { authHeaders, getCartId, removeCartId } from "./cookies"
import { retrieveCustomer, type Customer } from "./customer"

/** What the checkout form shows after a refused submission: the values as typed and the reasons. */
export type CheckoutState = {
  values: Partial<Record<CheckoutField, string>>
  fieldErrors: Partial<Record<CheckoutField, CheckoutFieldError>>
  formError: CheckoutFormError | null
  /** Stripe's own sentence (in the shopper's language) when a card was refused */
  cardMessage?: string
  /** the card was charged but the order could not be placed: the charge is given back */
  cardRefunded?: boolean
}

/** The start of a card payment: the intent's client secret for Stripe Elements, or why there is none. */
export type CardPaymentStart = { clientSecret: string; state: null } | { clientSecret: null; state: CheckoutState }

type CompleteReply = { type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } }
type PaymentSession = { provider_id: string; amount?: number; data?: Record<string, unknown> }
type SessionReply = { payment_collection: { payment_sessions?: PaymentSession[] } }

/** A checked form on a cart whose delivery and payment session are set, ready to complete. */
type Prepared = {
  cartId: string
  headers: Record<string, string>
  customer: BackendResult<Customer | null> | null
  order: CheckoutOrder
  values: CheckoutState["values"]
  session: PaymentSession | null
}

const refusal = (values: CheckoutState["values"], formError: CheckoutFormError): CheckoutState => ({ values, fieldErrors: {}, formError })

/** After a refusal the cart goes back to the online shop (a pickup cart sells only what its showroom holds). */
async function reopen(cartId: string, headers: Record<string, string>) {
  await sendToBackend("reopen the cart", (sdk, signal) => sdk.client.fetch(`/store/ocop/carts/${encodeURIComponent(cartId)}/delivery`, { method: "DELETE", headers, signal }))
  revalidatePath("/[locale]/checkout", "page")
}

/** The form checked, with the cart, the login and the order it describes; or the state to show. */
async function readForm(formData: FormData): Promise<Omit<Prepared, "session"> | CheckoutState> {
  const checked = checkCheckoutForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null }
  }
  const { values, order } = checked
  const cartId = await getCartId()
  if (!cartId) {
    return refusal(values, "noCart")
  }
  const headers = await authHeaders()
  // A logged-in shopper orders under their account's email: another one would make Medusa file
  // the order under a new guest customer, and it would be missing from their order history.
  const customer = headers.authorization ? await retrieveCustomer() : null
  if (customer?.ok && customer.data) {
    order.delivery.email = customer.data.email
  }
  return { cartId, headers, customer, order, values }
}

/**
 * Checks the form, sets contact and delivery on the cart (a showroom must still hold every item)
 * and opens the payment session. The backend's sentences name ids and mix languages: the shopper
 * reads ours, and the page, revalidated, shows which showroom now lacks what.
 */
async function prepare(formData: FormData): Promise<Prepared | CheckoutState> {
  const form = await readForm(formData)
  if (!("cartId" in form)) {
    return form
  }
  const { cartId, headers, order, values } = form
  const cart = encodeURIComponent(cartId)
  const locale = (await getLocale()) === "en" ? "en" : "vi"
  const delivery = await sendToBackend("set the cart's delivery", (sdk, signal) =>
    // the shopper's language goes with the order, for the messages the shop sends them
    sdk.client.fetch(`/store/ocop/carts/${cart}/delivery`, { method: "POST", body: { ...order.delivery, locale }, headers, signal }),
  )
  if (!delivery.ok) {
    await reopen(cartId, headers)
    return delivery.reason === "rejected" && delivery.status === 400 && order.delivery.method === "pickup" ? refusal(values, "showroomShort") : refusal(values, failure(delivery))
  }
  const opened = await sendToBackend("open the payment session", async (sdk, signal) => {
    const { payment_collection } = await sdk.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
      query: { fields: "id" },
      headers,
      signal,
    })
    return sdk.client.fetch<SessionReply>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: { provider_id: order.providerId },
      query: { fields: "id,payment_sessions.provider_id,payment_sessions.amount,payment_sessions.data" },
      headers,
      signal,
    })
  })
  if (!opened.ok) {
    await reopen(cartId, headers)
    return refusal(values, failure(opened))
  }
  const session = opened.data.payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === order.providerId) ?? null
  return { ...form, session }
}

/** Completes the prepared cart into an order, saves a new address when asked, and goes to the confirmation. */
async function complete({ cartId, headers, customer, order, values }: Omit<Prepared, "session">): Promise<CheckoutState> {
  // The refusal's code tells a busy checkout (press again) from a sold-out one: both are 409s.
  const placed = await sendToBackend("place the order", (_sdk, signal) =>
    postKeepingCode<CompleteReply>(`/store/carts/${encodeURIComponent(cartId)}/complete`, { headers, signal }),
  )
  if (!placed.ok || placed.data.type !== "order") {
    // The cart stays the shopper's (its cookie is kept): back in the online shop, ready to order again.
    await reopen(cartId, headers)
    if (placed.ok) {
      // Medusa hands the cart back when the payment was not authorised
      return refusal(values, "rejected")
    }
    if (placed.reason === "unavailable") {
      return refusal(values, "unavailable")
    }
    return refusal(values, describeCompletionRefusal(placed, order.delivery.method))
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

/**
 * Places an order paid in cash or by bank transfer: checks the form, sets delivery and payment,
 * completes the cart and goes to the confirmation. Any refusal comes back with everything the
 * shopper typed. A card payment goes through {@link startCardPayment} instead.
 */
export async function placeOrder(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const prepared = await prepare(formData)
  if (!("cartId" in prepared)) {
    return prepared
  }
  if (prepared.order.providerId === PAYMENT_PROVIDER_IDS.stripe) {
    // Only the card form (Stripe Elements, in the browser) can confirm a card payment.
    await reopen(prepared.cartId, prepared.headers)
    return refusal(prepared.values, "cardFailed")
  }
  return complete(prepared)
}

/**
 * Starts a card payment: the same checks and delivery as any order, then a Stripe payment intent
 * for the cart's total in đồng, whose client secret the card form confirms in the browser.
 */
export async function startCardPayment(formData: FormData): Promise<CardPaymentStart> {
  const prepared = await prepare(formData)
  if (!("cartId" in prepared)) {
    return { clientSecret: null, state: prepared }
  }
  const clientSecret = prepared.session?.data?.client_secret
  if (prepared.order.providerId !== PAYMENT_PROVIDER_IDS.stripe || typeof clientSecret !== "string" || !chargesSessionAmount(prepared.session)) {
    await reopen(prepared.cartId, prepared.headers)
    return { clientSecret: null, state: refusal(prepared.values, "rejected") }
  }
  return { clientSecret, state: null }
}

/** After Stripe accepted the card in the browser: completes the order (Medusa checks the payment with Stripe). */
export async function completeCardPayment(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const form = await readForm(formData)
  if (!("cartId" in form)) {
    return form
  }
  const state = await complete(form)
  return state.formError && cardIsRefunded(state.formError) ? { ...state, cardRefunded: true } : state
}

/** Why a card payment failed in the browser, with Stripe's sentence; the cart goes back to the online shop. */
export async function refuseCardPayment(formData: FormData, message: string): Promise<CheckoutState> {
  const form = await readForm(formData)
  if (!("cartId" in form)) {
    return form
  }
  await reopen(form.cartId, form.headers)
  return { ...refusal(form.values, "cardFailed"), cardMessage: message.slice(0, 300) }
}

function failure(result: Extract<WriteResult<unknown>, { ok: false }>): CheckoutFormError {
  return result.reason === "unavailable" ? "unavailable" : "rejected"
}
