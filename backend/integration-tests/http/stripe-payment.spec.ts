import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HOME_DELIVERY, PAYMENT_PROVIDER_IDS } from "@ocop/types"
import Stripe from "stripe"
import { linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { TEST_CONTACT, TEST_HOME_ADDRESS } from "../fixtures/test-checkout"
import { seedTestShop, shopHeaders } from "../fixtures/test-shop"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { openShowroomWorkflow } from "../../src/workflows/showroom/workflows/open-showroom"
import { stockShowroomWorkflow } from "../../src/workflows/showroom/workflows/stock-showroom"

jest.setTimeout(400_000)

// Read by medusa-config when the runner boots the app: Stripe is registered and offered.
const WEBHOOK_SECRET = "whsec_test_local"
process.env.STRIPE_API_KEY = "sk_test_local"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

type Http = { get: Function; post: Function }
type Reply = { status: number; data: Record<string, any> }
type Intent = { id: string; object: "payment_intent"; amount: number; amount_received: number; currency: string; status: string; client_secret: string; metadata: Record<string, string> }

const delivery = { ...TEST_CONTACT, method: "delivery", address: TEST_HOME_ADDRESS }

/**
 * Stripe's servers are out of reach here, so the Stripe client inside Medusa's running provider is
 * replaced at that boundary by a recorder (a test double named as such): it keeps the payment
 * intents it was asked for and what it was asked to do with them. Everything of Medusa runs:
 * the webhook route, the payment-webhook subscriber, processPaymentWorkflow, the payment module.
 */
function recordStripe(stripe: Stripe) {
  const intents = new Map<string, Intent>()
  const calls: Array<{ method: string; id?: string; amount?: number }> = []
  const refunds: Array<{ payment_intent: string; amount: number }> = []
  stripe.paymentIntents.create = (async (params: Stripe.PaymentIntentCreateParams) => {
    const id = `pi_local_${intents.size + 1}`
    const intent: Intent = { id, object: "payment_intent", amount: params.amount, amount_received: 0, currency: params.currency, status: "requires_payment_method", client_secret: `${id}_secret`, metadata: { ...(params.metadata as Record<string, string>) } }
    intents.set(id, intent)
    calls.push({ method: "create", id, amount: params.amount })
    return intent
  }) as unknown as typeof stripe.paymentIntents.create
  stripe.paymentIntents.retrieve = (async (id: string) => {
    calls.push({ method: "retrieve", id })
    return intents.get(id)
  }) as unknown as typeof stripe.paymentIntents.retrieve
  stripe.paymentIntents.capture = (async (id: string) => {
    calls.push({ method: "capture", id })
    return intents.get(id)
  }) as unknown as typeof stripe.paymentIntents.capture
  stripe.paymentIntents.cancel = (async (id: string) => {
    calls.push({ method: "cancel", id })
    const intent = intents.get(id)!
    if (intent.status === "succeeded" || intent.status === "canceled") {
      // as Stripe answers: only an intent not yet paid can be cancelled
      throw Object.assign(new Error(`You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`), { type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state", payment_intent: intent })
    }
    intent.status = "canceled"
    return intent
  }) as unknown as typeof stripe.paymentIntents.cancel
  stripe.refunds.create = (async (params: Stripe.RefundCreateParams) => {
    calls.push({ method: "refund", id: String(params.payment_intent), amount: params.amount })
    const given = refunds.filter((refund) => refund.payment_intent === params.payment_intent).reduce((sum, refund) => sum + refund.amount, 0)
    if (given >= intents.get(String(params.payment_intent))!.amount_received) {
      // as Stripe answers a refund of a charge already given back in full
      throw Object.assign(new Error("Charge has already been refunded."), { type: "StripeInvalidRequestError", code: "charge_already_refunded" })
    }
    refunds.push({ payment_intent: String(params.payment_intent), amount: Number(params.amount) })
    return { id: `re_local_${refunds.length}`, object: "refund", amount: params.amount, payment_intent: params.payment_intent, status: "succeeded" }
  }) as unknown as typeof stripe.refunds.create
  /** What Stripe does when the shopper's card is accepted in Stripe Elements (the confirmation happens in their browser). */
  const cardAccepted = (id: string) => {
    const intent = intents.get(id)!
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    return intent
  }
  return { intents, calls, refunds, cardAccepted }
}

/** `payment_intent.succeeded` as Stripe would post it to the webhook, signed locally with the shop's secret. */
function signedWebhook(intent: Intent, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify({ id: `evt_${intent.id}`, object: "event", type: "payment_intent.succeeded", data: { object: intent } })
  return { payload, headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }) } }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    let store: { headers: Record<string, string> }
    let regionId = ""
    let variantId = ""
    let showroomId = ""
    let recorder: ReturnType<typeof recordStripe>
    /** Webhooks Medusa's payment-webhook subscriber has handed to the provider so far, and how each ended. */
    const handled: Array<"read" | "refused"> = []

    const call = async (method: "get" | "post", url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
      const options = { headers: { ...store.headers, ...headers } }
      try {
        const reply = method === "post" ? await http.post(url, body ?? {}, options) : await http.get(url, options)
        return { status: reply.status, data: reply.data }
      } catch (error) {
        const { response } = error as { response?: Reply }
        if (!response) throw error
        return { status: response.status, data: response.data }
      }
    }

    /** The payment's captures and the order count, read back from the database. */
    const paymentState = async (sessionId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "payment", fields: ["id", "amount", "captured_at", "captures.id", "captures.amount"], filters: { payment_session_id: sessionId } })
      return data as Array<{ id: string; amount: number; captured_at: Date | null; captures: Array<{ id: string; amount: number }> }>
    }

    /** Waits until the check holds (Medusa delays webhook events by 5 s), failing after 60 s. */
    const settle = async (check: () => Promise<boolean>) => {
      for (let waited = 0; !(await check()); waited += 250) {
        if (waited > 60_000) throw new Error("the webhook was not processed within 60 s")
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    /** Waits until `count` more webhooks were handled, then lets their workflow finish. */
    const webhooksHandled = async (from: number, count: number) => {
      await settle(async () => handled.length >= from + count)
      await new Promise((resolve) => setTimeout(resolve, 3000))
      return handled.slice(from)
    }

    beforeAll(async () => {
      const container = getContainer()
      const ids = await seedTestShop(container)
      regionId = ids.regionId
      store = (await shopHeaders(http, container)).store
      const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "nam-moc-nhi-tuan-linh" }, { relations: ["variants"] })
      variantId = product!.variants[0]!.id
      // home delivery ships from the online channel's locations: a showroom there holds the mushrooms
      await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopAreas([{ code: "bo-trach", name: "Bố Trạch", full_name: "Huyện Bố Trạch", type: "district" }])
      const { result: showroom } = await openShowroomWorkflow(container).run({
        input: { handle: "bo-trach", name: "Showroom Bố Trạch", level: "district", area_code: "bo-trach", province: "Quảng Trị", commune: "Xã Bố Trạch", phone: "0912000111", opening_hours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: showroom.location_id, add: [ids.salesChannelId] } })
      showroomId = showroom.id
      await stockShowroomWorkflow(container).run({ input: { showroom_id: showroom.id, items: [{ variant_id: variantId, stocked_quantity: 50 }] } })
      const payment = container.resolve(Modules.PAYMENT) as unknown as { paymentProviderService_: { retrieveProvider(id: string): { stripe_: Stripe } } }
      const provider = payment.paymentProviderService_.retrieveProvider(PAYMENT_PROVIDER_IDS.stripe) as unknown as {
        stripe_: Stripe
        getWebhookActionAndData: (input: unknown) => Promise<unknown>
      }
      recorder = recordStripe(provider.stripe_)
      // Observed, not replaced: counts the webhooks that reached the provider through Medusa's subscriber.
      const read = provider.getWebhookActionAndData.bind(provider)
      provider.getWebhookActionAndData = async (input) => {
        try {
          const result = await read(input)
          handled.push("read")
          return result
        } catch (error) {
          handled.push("refused")
          throw error
        }
      }
    })

    /** A delivered cart of two packs of mushrooms with a Stripe payment session: the intent and the session. */
    const cardCheckout = async () => {
      const { data } = await call("post", "/store/carts", { region_id: regionId })
      const cartId = data.cart.id as string
      await call("post", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 })
      const chosen = await call("post", `/store/ocop/carts/${cartId}/delivery`, delivery)
      expect({ status: chosen.status, message: chosen.data.message }).toEqual({ status: 200, message: undefined })
      const { data: collection } = await call("post", "/store/payment-collections", { cart_id: cartId })
      const { status, data: withSession } = await call("post", `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER_IDS.stripe })
      expect(status).toBe(200)
      const session = withSession.payment_collection.payment_sessions[0] as { id: string; data: { id: string; client_secret: string } }
      return { cartId, sessionId: session.id, intent: recorder.intents.get(session.data.id)!, clientSecret: session.data.client_secret }
    }

    describe("card payments through Stripe", () => {
      it("are offered in the region", async () => {
        const { data } = await call("get", `/store/payment-providers?region_id=${regionId}`)
        expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toContain(PAYMENT_PROVIDER_IDS.stripe)
      })

      it("ask Stripe for the order total in đồng and hand the storefront the intent's client secret", async () => {
        const { intent, clientSecret } = await cardCheckout()
        const total = 2 * 125000 + HOME_DELIVERY.feeVnd
        expect(intent).toMatchObject({ amount: total, currency: "vnd" })
        expect(clientSecret).toBe(`${intent.id}_secret`)
      })

      it("capture a card payment once: a replayed payment_intent.succeeded changes nothing", async () => {
        const { cartId, sessionId, intent } = await cardCheckout()
        recorder.cardAccepted(intent.id)
        const completed = await call("post", `/store/carts/${cartId}/complete`)
        expect(completed.data.type).toBe("order")
        const total = 2 * 125000 + HOME_DELIVERY.feeVnd
        expect(completed.data.order.total).toBe(total)

        const [before] = await paymentState(sessionId)
        expect(before).toMatchObject({ amount: total, captured_at: expect.anything(), captures: [expect.objectContaining({ amount: total })] })

        // Stripe posts its webhook, then posts it again (a retry, or someone replaying it)
        const webhook = signedWebhook(intent)
        const from = handled.length
        for (let delivery = 0; delivery < 2; delivery++) {
          const posted = await http.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers })
          expect(posted.status).toBe(200)
        }
        expect(await webhooksHandled(from, 2)).toEqual(["read", "read"])

        const [after] = await paymentState(sessionId)
        expect(after!.captures).toEqual(before!.captures)
        expect(after!.captured_at).toEqual(before!.captured_at)
        expect(recorder.calls.filter((call) => call.method === "capture")).toEqual([])
        const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(orders).toHaveLength(1)
      })

      it("complete and capture once when the webhook comes before the shop completes the cart, and the replay changes nothing", async () => {
        const { cartId, sessionId, intent } = await cardCheckout()
        const webhook = signedWebhook(recorder.cardAccepted(intent.id))
        expect((await http.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers })).status).toBe(200)
        await settle(async () => (await paymentState(sessionId)).some((payment) => payment.captures.length > 0))
        const [first] = await paymentState(sessionId)
        const total = 2 * 125000 + HOME_DELIVERY.feeVnd
        expect(first).toMatchObject({ amount: total, captures: [expect.objectContaining({ amount: total })] })

        const from = handled.length
        expect((await http.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers })).status).toBe(200)
        expect(await webhooksHandled(from, 1)).toEqual(["read"])
        // the storefront completes the cart after the card was accepted: it gets the same order
        const completed = await call("post", `/store/carts/${cartId}/complete`)
        expect(completed.data.type).toBe("order")
        const [after] = await paymentState(sessionId)
        expect(after!.captures).toEqual(first!.captures)
        const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(orders).toHaveLength(1)
      })

      it("refund in full, once, a card accepted for an order the shop then cannot place because the stock ran out", async () => {
        const { cartId, intent } = await cardCheckout()
        recorder.cardAccepted(intent.id)
        // between the card form and the order, other shoppers take the last packs
        await stockShowroomWorkflow(getContainer()).run({ input: { showroom_id: showroomId, items: [{ variant_id: variantId, stocked_quantity: 1 }] } })
        const completed = await call("post", `/store/carts/${cartId}/complete`)
        expect({ status: completed.status, code: completed.data.code }).toEqual({ status: 409, code: "sold_out" })

        // Stripe has taken the money and says so; Medusa records the payment, fails to place the
        // order for the same reason, and gives the money back
        const webhook = signedWebhook(intent)
        const from = handled.length
        expect((await http.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers })).status).toBe(200)
        await settle(async () => recorder.refunds.some((refund) => refund.payment_intent === intent.id))
        expect(await webhooksHandled(from, 1)).toEqual(["read"])

        // a replay of the same webhook gives nothing back twice
        expect((await http.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers })).status).toBe(200)
        await webhooksHandled(from + 1, 1)
        expect(recorder.refunds.filter((refund) => refund.payment_intent === intent.id)).toEqual([{ payment_intent: intent.id, amount: 2 * 125000 + HOME_DELIVERY.feeVnd }])
        const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(orders).toEqual([])

        // the money given back, the paid session is gone: pressing "order" again places nothing
        await stockShowroomWorkflow(getContainer()).run({ input: { showroom_id: showroomId, items: [{ variant_id: variantId, stocked_quantity: 50 }] } })
        const unpaid = await call("post", `/store/carts/${cartId}/complete`)
        expect({ status: unpaid.status, code: unpaid.data.code, message: unpaid.data.message }).toEqual({
          status: 400,
          code: "payment_not_confirmed",
          message: "The payment for this order has not been confirmed, so no order was placed. Pay again to place it.",
        })

        // the way forward: the card form starts a new payment, the shopper pays it, and the order is placed on it
        const { data: cart } = await call("get", `/store/carts/${cartId}?fields=payment_collection.id`)
        const { data: renewed } = await call("post", `/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER_IDS.stripe })
        const second = recorder.intents.get((renewed.payment_collection.payment_sessions as Array<{ data: { id: string } }>)[0]!.data.id)!
        expect(second.id).not.toBe(intent.id)
        recorder.cardAccepted(second.id)
        const placed = await call("post", `/store/carts/${cartId}/complete`)
        expect({ status: placed.status, type: placed.data.type, total: placed.data.order?.total }).toEqual({ status: 200, type: "order", total: 2 * 125000 + HOME_DELIVERY.feeVnd })
        expect(recorder.refunds).toEqual([{ payment_intent: intent.id, amount: 2 * 125000 + HOME_DELIVERY.feeVnd }])
      })

      it("ignore a forged webhook: a payment it claims succeeded is not authorised", async () => {
        const { sessionId, intent } = await cardCheckout()
        const forged = signedWebhook({ ...intent, status: "succeeded", amount_received: intent.amount }, "whsec_someone_else")
        const from = handled.length
        await http.post("/hooks/payment/stripe_stripe", forged.payload, { headers: forged.headers })
        // Medusa retries a webhook it could not read (three attempts); each one is refused
        expect((await webhooksHandled(from, 1))[0]).toBe("refused")
        expect(await paymentState(sessionId)).toEqual([])
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "payment_session", fields: ["status"], filters: { id: sessionId } })
        expect(data[0]).toMatchObject({ status: "pending" })
      })
    })
  },
})
