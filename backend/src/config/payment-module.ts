import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import type { BackendEnv } from "../env"

type PaymentEnv = Pick<
  BackendEnv,
  "BANK_TRANSFER_BIN" | "BANK_TRANSFER_BANK_NAME" | "BANK_TRANSFER_ACCOUNT_NUMBER" | "BANK_TRANSFER_ACCOUNT_NAME" | "STRIPE_API_KEY" | "STRIPE_WEBHOOK_SECRET"
>

/** Whether card payments are configured: both Stripe secrets are needed, or a payment could never be confirmed. */
export const stripeConfigured = (env: Pick<PaymentEnv, "STRIPE_API_KEY" | "STRIPE_WEBHOOK_SECRET">): boolean =>
  Boolean(env.STRIPE_API_KEY && env.STRIPE_WEBHOOK_SECRET)

/**
 * The payment module: bank transfer with VietQR always, Stripe cards when configured. Cash on
 * delivery or at pickup is Medusa's own system provider, which needs no entry.
 */
export function paymentModule(env: PaymentEnv) {
  const providers: Array<{ resolve: string; id: string; options: Record<string, unknown> }> = [
    {
      resolve: "./src/modules/bank-transfer",
      id: "vietqr",
      options: {
        bankBin: env.BANK_TRANSFER_BIN,
        bankName: env.BANK_TRANSFER_BANK_NAME,
        accountNumber: env.BANK_TRANSFER_ACCOUNT_NUMBER,
        accountName: env.BANK_TRANSFER_ACCOUNT_NAME,
      },
    },
  ]
  if (stripeConfigured(env)) {
    // VND is zero-decimal: the provider sends whole đồng, as Medusa stores them
    providers.push({ resolve: "./src/modules/card-payment", id: "stripe", options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, capture: true } })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}

/** The providers the Việt Nam region offers, in the order the checkout shows them. */
export function regionPaymentProviders(env: Pick<PaymentEnv, "STRIPE_API_KEY" | "STRIPE_WEBHOOK_SECRET">): string[] {
  const ids: string[] = [PAYMENT_PROVIDER_IDS.cash, PAYMENT_PROVIDER_IDS.bankTransfer]
  return stripeConfigured(env) ? [...ids, PAYMENT_PROVIDER_IDS.stripe] : ids
}
