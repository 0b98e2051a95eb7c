import { PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { CardPaymentProviderService } from "../modules/card-payment/service"
import { paymentModule } from "./payment-module"

const WEBHOOK_SECRET = "whsec_test_local"
const logger = { warn: () => undefined, info: () => undefined, error: () => undefined, debug: () => undefined }

/**
 * Stripe's servers are out of reach here, so the provider's Stripe client is replaced at that
 * boundary by a recorder (a test double named as such); everything of Medusa's provider runs.
 */
function providerWithRecordedStripe() {
  const provider = new CardPaymentProviderService({ logger }, { apiKey: "sk_test_local", webhookSecret: WEBHOOK_SECRET, capture: true })
  const sent: Stripe.PaymentIntentCreateParams[] = []
  const asked: string[] = []
  const intents = new Map<string, { id: string; status: string; amount: number; amount_received: number; currency: string }>()
  const stripe = (provider as unknown as { stripe_: Stripe }).stripe_
  stripe.paymentIntents.create = (async (params: Stripe.PaymentIntentCreateParams) => {
    sent.push(params)
    return { id: "pi_local", amount: params.amount, currency: params.currency, status: "requires_payment_method", client_secret: "pi_local_secret" }
  }) as unknown as typeof stripe.paymentIntents.create
  stripe.paymentIntents.retrieve = (async (id: string) => intents.get(id)) as unknown as typeof stripe.paymentIntents.retrieve
  stripe.paymentIntents.cancel = (async (id: string) => {
    asked.push(`cancel ${id}`)
    return { ...intents.get(id), status: "canceled" }
  }) as unknown as typeof stripe.paymentIntents.cancel
  stripe.refunds.create = (async (params: Stripe.RefundCreateParams) => {
    asked.push(`refund ${String(params.payment_intent)} ${params.amount}`)
    return { id: "re_local", amount: params.amount }
  }) as unknown as typeof stripe.refunds.create
  return { provider, sent, asked, intents }
}

const signed = (event: object) => {
  const payload = JSON.stringify(event)
  return { payload, header: Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) }
}

describe("card payments through Stripe", () => {
  it("are registered only when both Stripe secrets are set", () => {
    const base = { BANK_TRANSFER_BIN: "970436", BANK_TRANSFER_BANK_NAME: "Vietcombank", BANK_TRANSFER_ACCOUNT_NUMBER: "123", BANK_TRANSFER_ACCOUNT_NAME: "OCOP" }
    const ids = (env: Partial<Record<"STRIPE_API_KEY" | "STRIPE_WEBHOOK_SECRET", string>>) => paymentModule({ ...base, ...env }).options.providers.map((provider) => provider.id)
    expect(ids({})).toEqual(["vietqr"])
    expect(ids({ STRIPE_API_KEY: "sk_test_x" })).toEqual(["vietqr"])
    expect(ids({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual(["vietqr", "stripe"])
  })

  it("ask Stripe for exactly the order total in đồng: VND has no minor unit", async () => {
    const { provider, sent } = providerWithRecordedStripe()
    await provider.initiatePayment({ amount: 155000, currency_code: "vnd", context: {}, data: { session_id: "payses_1" } })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ amount: 155000, currency: "vnd", capture_method: "automatic", metadata: { session_id: "payses_1" } })
  })

  it("give the money back when a session whose card was charged is forgotten, and cancel one not yet paid", async () => {
    const { provider, asked, intents } = providerWithRecordedStripe()
    intents.set("pi_paid", { id: "pi_paid", status: "succeeded", amount: 280000, amount_received: 280000, currency: "vnd" })
    intents.set("pi_open", { id: "pi_open", status: "requires_payment_method", amount: 280000, amount_received: 0, currency: "vnd" })
    await provider.deletePayment({ data: { id: "pi_paid" } })
    await provider.deletePayment({ data: { id: "pi_open" } })
    expect(asked).toEqual(["refund pi_paid 280000", "cancel pi_open"])
  })

  it("read a locally signed payment_intent.succeeded as captured, for the amount in đồng", async () => {
    const { provider } = providerWithRecordedStripe()
    const event = { id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_local", object: "payment_intent", amount: 155000, amount_received: 155000, currency: "vnd", metadata: { session_id: "payses_1" } } } }
    const { payload, header } = signed(event)
    const result = await provider.getWebhookActionAndData({ data: event, rawData: Buffer.from(payload), headers: { "stripe-signature": header } })
    expect(result).toEqual({ action: PaymentActions.SUCCESSFUL, data: { session_id: "payses_1", amount: 155000 } })
  })

  it("refuse a forged webhook: a wrong signature or an altered payload", async () => {
    const { provider } = providerWithRecordedStripe()
    const event = { id: "evt_2", object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_x", object: "payment_intent", amount: 1, amount_received: 1, currency: "vnd", metadata: { session_id: "payses_1" } } } }
    const forged = Stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret: "whsec_someone_else" })
    await expect(provider.getWebhookActionAndData({ data: event, rawData: Buffer.from(JSON.stringify(event)), headers: { "stripe-signature": forged } })).rejects.toThrow(/constructWebhookEvent/)
    const { header } = signed(event)
    const altered = JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_received: 999999 } } })
    await expect(provider.getWebhookActionAndData({ data: event, rawData: Buffer.from(altered), headers: { "stripe-signature": header } })).rejects.toThrow(/constructWebhookEvent/)
  })
})
