"use client"

import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useLocale, useTranslations } from "next-intl"
import { useEffect, useState } from "react"

/** What paying by card needs from the checkout: Stripe's answer for the intent the backend opened. */
export type ConfirmCard = (clientSecret: string, billing: { name: string; email: string; phone: string }) => Promise<{ ok: true } | { ok: false; message: string }>

type Props = {
  publishableKey: string
  /** Called once Stripe is ready, with the function that confirms the payment with the card typed here. */
  onReady: (confirm: ConfirmCard | null) => void
}

// One Stripe.js per page: loaded on the first card choice, never before (it is not in any page's bundle).
let stripePromise: Promise<Stripe | null> | null = null
let stripeKey = ""

function stripeFor(publishableKey: string): Promise<Stripe | null> {
  if (!stripePromise || stripeKey !== publishableKey) {
    stripeKey = publishableKey
    stripePromise = loadStripe(publishableKey)
  }
  return stripePromise
}

function CardField({ onReady }: Pick<Props, "onReady">) {
  const t = useTranslations("Checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [complete, setComplete] = useState(false)
  useEffect(() => {
    if (!stripe || !elements) return
    onReady(async (clientSecret, billing) => {
      const card = elements.getElement(CardElement)
      if (!card) return { ok: false, message: t("card.notReady") }
      const { error, paymentIntent } = await stripe.confirmCardPayment(clientSecret, { payment_method: { card, billing_details: billing } })
      if (error) return { ok: false, message: error.message ?? t("card.declined") }
      return paymentIntent?.status === "succeeded" || paymentIntent?.status === "requires_capture" ? { ok: true } : { ok: false, message: t("card.declined") }
    })
    return () => onReady(null)
  }, [stripe, elements, onReady, t])
  return (
    <div className="flex flex-col gap-1">
      <span id="card-label" className="text-sm font-medium text-stone-800">{t("card.label")}</span>
      <div role="group" aria-labelledby="card-label" className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-3" data-testid="card-element">
        <CardElement options={{ hidePostalCode: true, style: { base: { fontSize: "16px" } } }} onChange={(event) => setComplete(event.complete)} />
      </div>
      <p className="text-sm text-stone-600">{complete ? t("card.complete") : t("card.hint")}</p>
    </div>
  )
}

/**
 * The card form of Stripe Elements, shown only when the shopper chooses to pay by card: the
 * card number never reaches our servers, Stripe confirms the payment in the browser.
 */
export default function CardPayment({ publishableKey, onReady }: Props) {
  const locale = useLocale()
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ locale: locale === "en" ? "en" : "vi" }}>
      <CardField onReady={onReady} />
    </Elements>
  )
}
