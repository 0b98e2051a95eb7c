import { completeCardPayment, refuseCardPayment, startCardPayment, type CheckoutState } from "@/lib/data/checkout"
import type { ConfirmCard } from "../card-payment/card-payment"

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/**
 * A card order, from the browser: the server checks the form and opens a Stripe payment intent
 * for the cart's total; Stripe Elements confirms it with the card typed here; then the server
 * completes the order. A card Stripe refuses comes back with Stripe's sentence.
 */
export async function payByCard(formData: FormData, confirm: ConfirmCard | null, notReady: string): Promise<CheckoutState> {
  const started = await startCardPayment(formData)
  if (started.state) {
    return started.state
  }
  if (!confirm) {
    return refuseCardPayment(formData, notReady)
  }
  const confirmed = await confirm(started.clientSecret, { name: text(formData, "fullName"), email: text(formData, "email"), phone: text(formData, "phone") })
  if (!confirmed.ok) {
    return refuseCardPayment(formData, confirmed.message)
  }
  return completeCardPayment({ values: {}, fieldErrors: {}, formError: null }, formData)
}
