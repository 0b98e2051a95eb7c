import { PAYMENT_PROVIDER_IDS } from "@ocop/types"

/**
 * Whether the checkout offers a card form, and with which Stripe key: only when the storefront has
 * a publishable key (`pk_…`) and the backend offers Stripe in the shop's region (it registers
 * Stripe only when its own secret key and webhook secret are set). Otherwise `null`.
 */
export function cardPaymentKey(publishableKey: string | null | undefined, regionProviderIds: readonly string[]): string | null {
  const key = publishableKey?.trim() ?? ""
  return key.startsWith("pk_") && regionProviderIds.includes(PAYMENT_PROVIDER_IDS.stripe) ? key : null
}

/**
 * The amount Stripe Elements is told of, for a total in đồng: VND is zero-decimal in Stripe too,
 * so the smallest unit is the đồng itself, never hundredths. A fraction or a negative total is a bug.
 */
export function toStripeAmount(totalVnd: number): number {
  if (!Number.isSafeInteger(totalVnd) || totalVnd < 0) {
    throw new RangeError(`A card charge must be whole đồng, got ${totalVnd}`)
  }
  return totalVnd
}

/**
 * Whether the payment intent Stripe opened for a session charges exactly the session's amount,
 * the order's total in đồng: checked before the shopper's card is confirmed.
 */
export function chargesSessionAmount(session: { amount?: number; data?: Record<string, unknown> } | null): boolean {
  if (typeof session?.amount !== "number") {
    return false
  }
  try {
    return session.data?.amount === toStripeAmount(session.amount)
  } catch {
    return false
  }
}
